#!/bin/sh
# Builds real Debian 12 C projects with bear, for real-code runs of threadlint (bench/real-run.sh).
#   usage: bench/real-build.sh DEST_DIR PACKAGE...
# PACKAGE: redis tor curl libuv1 unbound mosquitto fio fuse3 libmicrohttpd haproxy stunnel4.
# Fetches each source with /work/shared/scripts/debian-source (or $DEBIAN_SOURCE) into
# DEST_DIR/PACKAGE/, builds it once with `bear -- make` and clang-19 ($CC), and keeps bear's
# database as written (compile_commands.json, with every -cc1/-E/-M entry) beside a copy,
# compile_commands.raw.json. Prints each source directory. Build dependencies are Debian packages
# (apt-get install -y libevent-dev libssl-dev libexpat1-dev libcjson-dev libaio-dev libpcre2-dev
# libgnutls28-dev libzstd-dev liblzma-dev libseccomp-dev libcap-dev libnghttp2-dev libpsl-dev
# meson ninja-build bear). Never commit the fetched source.
set -eu
[ $# -ge 2 ] || { sed -n '3,4p' "$0" | sed 's/^# *//' >&2; exit 2; }
dest=$1; shift
cc=${CC:-clang-19}
fetch=${DEBIAN_SOURCE:-/work/shared/scripts/debian-source}
jobs=${JOBS:-2}

build() { # package, in its source directory
    case "$1" in
        redis) bear -- make -j"$jobs" CC="$cc" MALLOC=libc ;;
        tor) ./configure CC="$cc" --disable-asciidoc --disable-manpage --disable-html-manual &&
             bear -- make -j"$jobs" ;;
        curl) ./configure CC="$cc" --with-openssl && bear -- make -j"$jobs" ;;
        libuv1) sh autogen.sh && ./configure CC="$cc" && bear -- make -j"$jobs" ;;
        unbound) ./configure CC="$cc" --with-libevent && bear -- make -j"$jobs" ;;
        mosquitto) bear -- make -j"$jobs" CC="$cc" WITH_DOCS=no binary ;;
        fio) ./configure --cc="$cc" && bear -- make -j"$jobs" ;;
        fuse3) CC="$cc" meson setup build -Dutils=false && bear -- ninja -j"$jobs" -C build ;;
        libmicrohttpd) ./configure CC="$cc" && bear -- make -j"$jobs" ;;
        haproxy) bear -- make -j"$jobs" CC="$cc" TARGET=linux-glibc USE_OPENSSL=1 USE_PCRE2=1 ;;
        stunnel4) ./configure CC="$cc" && bear -- make -j"$jobs" ;;
        *) echo "real-build.sh: no recipe for $1" >&2; return 2 ;;
    esac
}

for pkg in "$@"; do
    mkdir -p "$dest/$pkg"
    dir=$(ls -d "$dest/$pkg/$pkg"-[0-9]*/ 2>/dev/null | head -1 || true)
    if [ -z "$dir" ]; then
        "$fetch" "$dest/$pkg" "$pkg" >/dev/null
        dir=$(ls -d "$dest/$pkg/$pkg"-[0-9]*/ 2>/dev/null | head -1 || true)
    fi
    [ -n "$dir" ] || { echo "real-build.sh: could not fetch $pkg" >&2; exit 1; }
    dir=${dir%/}
    if [ ! -s "$dir/compile_commands.json" ]; then
        log="$dest/$pkg/build.log"
        (cd "$dir" && build "$pkg") >"$log" 2>&1 ||
            { echo "real-build.sh: build of $pkg failed, see $log" >&2; exit 1; }
        cp "$dir/compile_commands.json" "$dir/compile_commands.raw.json"
    fi
    echo "$dir"
done
