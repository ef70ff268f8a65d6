/* A fault-injection shim for tests, loaded with LD_PRELOAD: after N
 * successful calls, write(), pwrite(), fsync() and fdatasync() on files
 * whose path contains a given string fail with ENOSPC or EIO, and go on
 * failing (as a full disk or a dying one does). Like SQLite's fault VFS,
 * it lets a test hit every failure point of the writer without a real
 * full disk. Other files (stdout, stderr, inputs) are never touched.
 *
 * Environment:
 *   WRITE_FAULTS_PATH   only files whose path contains this (required;
 *                       without it the shim does nothing)
 *   WRITE_FAULTS_AFTER  calls that succeed before the first failure (default 0)
 *   WRITE_FAULTS_ERRNO  ENOSPC (default) or EIO
 *   WRITE_FAULTS_CALLS  comma-separated subset of write,pwrite,fsync,fdatasync
 *                       (default all four)
 *   WRITE_FAULTS_COUNT  a file to which the number of matching calls is
 *                       written at exit (to choose N for the next run)
 * On the first failure it prints "write_faults: failing CALL on PATH" on
 * stderr, so a test can tell that the fault was reached. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static atomic_long calls_seen;
static atomic_int announced;

/* Whether `call` on `fd` should fail now. */
static int should_fail(const char* call, int fd) {
  const char* want = getenv("WRITE_FAULTS_PATH");
  if (!want || !*want || fd <= 2) return 0;
  const char* which = getenv("WRITE_FAULTS_CALLS");
  if (which && *which) {
    const char* hit = strstr(which, call);
    size_t n = strlen(call);
    if (!hit || (hit[n] != '\0' && hit[n] != ',') || (hit != which && hit[-1] != ',')) return 0;
  }
  char link[64], path[4096];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t len = readlink(link, path, sizeof path - 1);
  if (len <= 0) return 0;
  path[len] = '\0';
  if (!strstr(path, want)) return 0;
  const char* after = getenv("WRITE_FAULTS_AFTER");
  long limit = after ? atol(after) : 0;
  if (atomic_fetch_add(&calls_seen, 1) < limit) return 0;
  if (atomic_exchange(&announced, 1) == 0) {
    char msg[4200];
    int m = snprintf(msg, sizeof msg, "write_faults: failing %s on %s\n", call, path);
    if (m > 0) {
      ssize_t (*real_write)(int, const void*, size_t) = dlsym(RTLD_NEXT, "write");
      real_write(2, msg, (size_t)(m < (int)sizeof msg ? m : (int)sizeof msg - 1));
    }
  }
  return 1;
}

__attribute__((destructor)) static void write_count(void) {
  const char* out = getenv("WRITE_FAULTS_COUNT");
  if (!out || !*out) return;
  FILE* f = fopen(out, "w");
  if (!f) return;
  fprintf(f, "%ld\n", (long)atomic_load(&calls_seen));
  fclose(f);
}

static int fault_errno(void) {
  const char* e = getenv("WRITE_FAULTS_ERRNO");
  return e && strcmp(e, "EIO") == 0 ? EIO : ENOSPC;
}

ssize_t write(int fd, const void* buf, size_t n) {
  static ssize_t (*real)(int, const void*, size_t);
  if (!real) real = dlsym(RTLD_NEXT, "write");
  if (should_fail("write", fd)) { errno = fault_errno(); return -1; }
  return real(fd, buf, n);
}

ssize_t pwrite(int fd, const void* buf, size_t n, off_t off) {
  static ssize_t (*real)(int, const void*, size_t, off_t);
  if (!real) real = dlsym(RTLD_NEXT, "pwrite");
  if (should_fail("pwrite", fd)) { errno = fault_errno(); return -1; }
  return real(fd, buf, n, off);
}

ssize_t pwrite64(int fd, const void* buf, size_t n, off_t off) {
  static ssize_t (*real)(int, const void*, size_t, off_t);
  if (!real) real = dlsym(RTLD_NEXT, "pwrite64");
  if (should_fail("pwrite", fd)) { errno = fault_errno(); return -1; }
  return real(fd, buf, n, off);
}

int fsync(int fd) {
  static int (*real)(int);
  if (!real) real = dlsym(RTLD_NEXT, "fsync");
  if (should_fail("fsync", fd)) { errno = fault_errno(); return -1; }
  return real(fd);
}

int fdatasync(int fd) {
  static int (*real)(int);
  if (!real) real = dlsym(RTLD_NEXT, "fdatasync");
  if (should_fail("fdatasync", fd)) { errno = fault_errno(); return -1; }
  return real(fd);
}
