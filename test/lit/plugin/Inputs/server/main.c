int serve(int fd);
int main(void) { return serve(0) != 0; }
