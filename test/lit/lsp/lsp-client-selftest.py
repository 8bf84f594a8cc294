# The scripted LSP client the scenarios use (test/lsp/lsp_client.py): its
# position and edit helpers, and a conversation with plain clangd.
# RUN: env CLANGD=%clangd %python %S/../../lsp/test_lsp_client.py
