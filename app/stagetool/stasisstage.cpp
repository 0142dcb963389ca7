// SPDX-License-Identifier: GPL-2.0-or-later
// stasis-stage: the engine-side half of an atomic checkpoint import.
//
// Runs inside a short-lived helper container (as root, network none) that
// bind-mounts a container's folder of the engine's data root. The archive
// API extracts an imported checkpoint into a staging folder beside
// `checkpoints/` (the engine does not list it there); this tool then moves it
// to its final name in one rename, so no half-imported checkpoint is ever
// listed. Static, without Qt or exceptions: it must run in any image.
//
//   stasis-stage [--debris-age=SECONDS] commit STAGING FINAL FILES
//       Checks that STAGING holds exactly the regular files FILES lists
//       (records "SIZE PATH\0", PATH relative to STAGING) besides folders,
//       sets modification times in the future to now, creates FINAL's parent
//       folder (0700) when missing, then renames STAGING to FINAL without
//       replacing anything. Exit 17 when FINAL exists. Also removes sibling
//       staging folders in which nothing changed (by ctime, which no archive
//       can set) for SECONDS (default 3600): debris of killed imports.
//   stasis-stage discard STAGING
//       Removes STAGING recursively; a missing STAGING is not an error.
//   stasis-stage list FOLDER
//       Prints each regular file under FOLDER as "SIZE PATH" lines, PATH
//       relative to FOLDER, without reading any: what a copy of a checkpoint
//       needs to know before it streams it. Exit 1 on an entry that is
//       neither a regular file nor a folder, or a name with a line break.
//
// STAGING must be named stasis-import-*; exit 1 with one line on stderr on
// any other failure, 2 on a usage error.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

namespace
{

constexpr int exitFailure = 1;
constexpr int exitUsage = 2;
constexpr int exitExists = 17;
constexpr char stagingPrefix[] = "stasis-import-";
constexpr long defaultDebrisAgeSeconds = 60 * 60;

int fail(const char *what, const char *path, int error)
{
    std::fprintf(stderr, "stasis-stage: %s %s: %s\n", what, path, std::strerror(error));
    return exitFailure;
}

/// The last path component of @p path (which has no trailing slash).
const char *baseName(const char *path)
{
    const char *slash = std::strrchr(path, '/');
    return slash ? slash + 1 : path;
}

bool isStagingName(const char *path)
{
    const char *name = baseName(path);
    return std::strncmp(name, stagingPrefix, sizeof(stagingPrefix) - 1) == 0 && name[sizeof(stagingPrefix) - 1] != '\0';
}

/// Copies the folder part of @p path into @p parent; false when too long.
bool parentOf(const char *path, char *parent, size_t size)
{
    const char *slash = std::strrchr(path, '/');
    if (!slash) {
        return std::snprintf(parent, size, ".") < int(size);
    }
    const size_t length = slash == path ? 1 : size_t(slash - path);
    if (length >= size) {
        return false;
    }
    std::memcpy(parent, path, length);
    parent[length] = '\0';
    return true;
}

int removeEntry(const char *path, const struct stat *, int type, struct FTW *)
{
    const int result = type == FTW_DP ? rmdir(path) : unlink(path);
    if (result != 0 && errno != ENOENT) {
        std::fprintf(stderr, "stasis-stage: cannot remove %s: %s\n", path, std::strerror(errno));
        return -1;
    }
    return 0;
}

/// Removes @p path and everything below it, without following links or crossing mounts.
bool removeTree(const char *path)
{
    return nftw(path, removeEntry, 16, FTW_DEPTH | FTW_PHYS | FTW_MOUNT) == 0;
}

time_t g_newestChange = 0;

int noteChange(const char *, const struct stat *status, int, struct FTW *)
{
    if (status) {
        g_newestChange = status->st_ctime > g_newestChange ? status->st_ctime : g_newestChange;
    }
    return 0;
}

/// The newest change time (ctime) of anything under @p path: a file still
/// being written keeps its folder young. Only the ctime: the modification
/// time comes from the tar header, which an archive chooses.
time_t newestChange(const char *path)
{
    g_newestChange = 0;
    nftw(path, noteChange, 16, FTW_PHYS | FTW_MOUNT);
    return g_newestChange;
}

/// Removes sibling staging folders of @p staging in which nothing changed for @p ageSeconds.
void removeDebris(const char *staging, long ageSeconds)
{
    char folder[4096];
    if (!parentOf(staging, folder, sizeof(folder))) {
        return;
    }
    DIR *directory = opendir(folder);
    if (!directory) {
        return;
    }
    const time_t now = time(nullptr);
    while (const dirent *entry = readdir(directory)) {
        if (std::strncmp(entry->d_name, stagingPrefix, sizeof(stagingPrefix) - 1) != 0 || std::strcmp(entry->d_name, baseName(staging)) == 0) {
            continue;
        }
        char path[4096];
        if (std::snprintf(path, sizeof(path), "%s/%s", folder, entry->d_name) >= int(sizeof(path))) {
            continue;
        }
        struct stat status;
        if (lstat(path, &status) != 0 || !S_ISDIR(status.st_mode)) {
            continue;
        }
        if (now - newestChange(path) >= ageSeconds) {
            std::fprintf(stderr, "stasis-stage: removing the abandoned import %s\n", path);
            removeTree(path);
        }
    }
    closedir(directory);
}

/// One file the staging folder must hold, from the FILES list.
struct Expected {
    long long size;
    const char *path;
    bool seen;
};

struct Check {
    Expected *files = nullptr;
    size_t count = 0;
    size_t stagingLength = 0;
    time_t now = 0;
};

Check g_check;

/// Reads the records of @p listPath into g_check; false (with a message) when unreadable or malformed.
bool readExpected(const char *listPath)
{
    const int descriptor = open(listPath, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    struct stat status;
    if (descriptor < 0 || fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode)) {
        std::fprintf(stderr, "stasis-stage: cannot read the file list %s\n", listPath);
        return false;
    }
    char *list = static_cast<char *>(std::malloc(size_t(status.st_size) + 1));
    size_t length = 0;
    while (list && length < size_t(status.st_size)) {
        const ssize_t count = read(descriptor, list + length, size_t(status.st_size) - length);
        if (count <= 0) {
            break;
        }
        length += size_t(count);
    }
    close(descriptor);
    if (!list || length != size_t(status.st_size) || (length > 0 && list[length - 1] != '\0')) {
        std::fprintf(stderr, "stasis-stage: the file list %s is malformed\n", listPath);
        return false;
    }
    for (size_t i = 0; i < length; ++i) {
        g_check.count += list[i] == '\0' ? 1 : 0;
    }
    g_check.files = static_cast<Expected *>(std::calloc(g_check.count + 1, sizeof(Expected)));
    char *record = list;
    for (size_t i = 0; g_check.files && i < g_check.count; ++i) {
        char *end = nullptr;
        const long long size = std::strtoll(record, &end, 10);
        if (end == record || *end != ' ' || size < 0) {
            std::fprintf(stderr, "stasis-stage: the file list %s is malformed\n", listPath);
            return false;
        }
        g_check.files[i] = Expected{size, end + 1, false};
        record += std::strlen(record) + 1;
    }
    return g_check.files != nullptr;
}

int checkEntry(const char *path, const struct stat *status, int type, struct FTW *)
{
    if (type == FTW_NS || type == FTW_DNR) {
        std::fprintf(stderr, "stasis-stage: cannot read %s\n", path);
        return -1;
    }
    if (status->st_mtime > g_check.now) {
        const struct timespec times[2] = {{0, UTIME_OMIT}, {g_check.now, 0}};
        utimensat(AT_FDCWD, path, times, AT_SYMLINK_NOFOLLOW);
    }
    if (type == FTW_D) {
        return 0;
    }
    const char *relative = path + g_check.stagingLength + 1;
    if (type != FTW_F || !S_ISREG(status->st_mode)) {
        std::fprintf(stderr, "stasis-stage: %s is neither a file nor a folder\n", path);
        return -1;
    }
    for (size_t i = 0; i < g_check.count; ++i) {
        Expected &file = g_check.files[i];
        if (!file.seen && std::strcmp(file.path, relative) == 0) {
            file.seen = true;
            if (file.size != status->st_size) {
                std::fprintf(stderr, "stasis-stage: %s has %lld bytes instead of %lld\n", path, (long long)status->st_size, file.size);
                return -1;
            }
            return 0;
        }
    }
    std::fprintf(stderr, "stasis-stage: %s was not sent\n", path);
    return -1;
}

/// True when @p staging holds exactly the files of @p listPath, with their
/// sizes: a folder the engine recreated from part of an upload is refused.
bool holdsExpected(const char *staging, const char *listPath)
{
    if (!readExpected(listPath)) {
        return false;
    }
    g_check.stagingLength = std::strlen(staging);
    g_check.now = time(nullptr);
    if (nftw(staging, checkEntry, 16, FTW_PHYS | FTW_MOUNT) != 0) {
        return false;
    }
    for (size_t i = 0; i < g_check.count; ++i) {
        if (!g_check.files[i].seen) {
            std::fprintf(stderr, "stasis-stage: %s/%s is missing\n", staging, g_check.files[i].path);
            return false;
        }
    }
    return true;
}

int commit(const char *staging, const char *final, const char *listPath, long debrisAgeSeconds)
{
    char parent[4096];
    if (!parentOf(final, parent, sizeof(parent))) {
        return fail("cannot use", final, ENAMETOOLONG);
    }
    if (mkdir(parent, 0700) != 0 && errno != EEXIST) {
        return fail("cannot create", parent, errno);
    }
    struct stat status;
    if (lstat(staging, &status) != 0) {
        return fail("cannot find", staging, errno);
    }
    if (!S_ISDIR(status.st_mode)) {
        return fail("cannot commit", staging, ENOTDIR);
    }
    if (!holdsExpected(staging, listPath)) {
        return exitFailure;
    }
    int result = exitFailure;
    if (renameat2(AT_FDCWD, staging, AT_FDCWD, final, RENAME_NOREPLACE) == 0) {
        result = 0;
    } else if (errno == EEXIST) {
        std::fprintf(stderr, "stasis-stage: %s already exists\n", final);
        result = exitExists;
    } else {
        result = fail("cannot rename to", final, errno);
    }
    removeDebris(staging, debrisAgeSeconds);
    return result;
}

int discard(const char *staging)
{
    struct stat status;
    if (lstat(staging, &status) != 0) {
        return errno == ENOENT ? 0 : fail("cannot find", staging, errno);
    }
    return removeTree(staging) ? 0 : exitFailure;
}

int usage()
{
    std::fputs("usage: stasis-stage [--debris-age=SECONDS] commit STAGING FINAL FILES\n       stasis-stage discard STAGING\n       stasis-stage list FOLDER\n",
               stderr);
    return exitUsage;
}

std::size_t g_listedPrefix = 0;

int listEntry(const char *path, const struct stat *status, int type, struct FTW *)
{
    if (type == FTW_D) {
        return 0;
    }
    if (type == FTW_DNR || type == FTW_NS) {
        std::fprintf(stderr, "stasis-stage: cannot read %s\n", path);
        return 1;
    }
    if (type != FTW_F || !S_ISREG(status->st_mode)) {
        std::fprintf(stderr, "stasis-stage: %s is not a regular file or a folder\n", path);
        return 1;
    }
    if (std::strchr(path, '\n')) {
        std::fprintf(stderr, "stasis-stage: a name under the folder has a line break\n");
        return 1;
    }
    std::printf("%lld %s\n", static_cast<long long>(status->st_size), path + g_listedPrefix);
    return 0;
}

int list(const char *folder)
{
    g_listedPrefix = std::strlen(folder) + 1;
    const int walked = nftw(folder, listEntry, 16, FTW_PHYS | FTW_MOUNT);
    if (walked < 0) {
        return fail("cannot list", folder, errno);
    }
    if (walked > 0) {
        return exitFailure;
    }
    return std::fflush(stdout) == 0 ? 0 : fail("cannot write the list of", folder, errno);
}

} // namespace

int main(int argc, char *argv[])
{
    int next = 1;
    long debrisAgeSeconds = defaultDebrisAgeSeconds;
    constexpr char ageOption[] = "--debris-age=";
    if (next < argc && std::strncmp(argv[next], ageOption, sizeof(ageOption) - 1) == 0) {
        char *end = nullptr;
        debrisAgeSeconds = std::strtol(argv[next] + sizeof(ageOption) - 1, &end, 10);
        if (!end || *end != '\0' || debrisAgeSeconds < 0) {
            return usage();
        }
        ++next;
    }
    if (next >= argc) {
        return usage();
    }
    const char *command = argv[next];
    const int operands = argc - next - 1;
    if (std::strcmp(command, "list") == 0 && operands == 1) {
        return list(argv[next + 1]);
    }
    const char *staging = operands > 0 ? argv[next + 1] : nullptr;
    if (staging && !isStagingName(staging)) {
        std::fprintf(stderr, "stasis-stage: %s is not a staging folder (stasis-import-*)\n", staging);
        return exitUsage;
    }
    if (std::strcmp(command, "commit") == 0 && operands == 3) {
        return commit(staging, argv[next + 2], argv[next + 3], debrisAgeSeconds);
    }
    if (std::strcmp(command, "discard") == 0 && operands == 1) {
        return discard(staging);
    }
    return usage();
}
