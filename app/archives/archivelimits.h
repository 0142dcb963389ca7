// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

class QSettings;

namespace Stasis
{

/// What an imported archive may hold, read from the `archives` settings
/// group: the one set of limits of every archive reader (TarStreamReader
/// checks all but the compression ratio, which needs the compressed size).
///
/// The defaults fit checkpoints of containers with many GiB of memory while
/// keeping a hostile archive from filling the disk: a checkpoint is a few
/// dozen files (CRIU images) of which `pages-*.img` holds nearly all bytes,
/// so one file may be 32 GiB, all files together 64 GiB, and 10000 entries
/// are far more than CRIU writes even for hundreds of processes. A
/// compression ratio above 2000 (zstd reaches that only on nearly empty
/// data, while real memory pages compress 2–10×) is treated as a bomb.
struct ArchiveLimits {
    qint64 maxTotalSize = qint64(64) << 30;
    qint64 maxFileSize = qint64(32) << 30;
    qint64 maxEntries = 10000;
    double maxCompressionRatio = 2000;
    int maxPathBytes = 255;
    int maxDepth = 8;
    /// `manifest.json`, read whole: a few KiB, about 100 bytes more per file.
    qint64 maxManifestSize = 4 * 1024 * 1024;
    /// The checkpoint's own metadata, `checkpoint/stasis.json` (about 250
    /// bytes), which every listing of the imported checkpoint reads whole.
    qint64 maxMetadataSize = 64 * 1024;
    /// Each of `config.dump` and `spec.dump` beside the manifest (PeerDumps):
    /// Stasis writes a few hundred bytes; Podman's spec.dump, a whole OCI
    /// runtime spec, has tens of KiB.
    qint64 maxPeerDumpSize = 1024 * 1024;
    /// A container's file system changes (`rootfs-diff.tar`, read with
    /// TarStreamReader::Content::FileSystem, and `deleted.files`): paths as
    /// long as Linux's PATH_MAX and as deep as real images nest (node_modules
    /// trees reach a few dozen levels), and as many entries as a distribution's
    /// full install plus its packages' caches. Sizes count against
    /// maxTotalSize and maxFileSize like a checkpoint's.
    int maxFileSystemPathBytes = 4096;
    int maxFileSystemDepth = 128;
    qint64 maxFileSystemEntries = 1000000;
    /// The paths `deleted.files` may list, and its size (read whole).
    qint64 maxDeletedPaths = 100000;
    qint64 maxDeletedPathsSize = 16 * 1024 * 1024;

    /// Uncompressed bytes allowed before the ratio is enforced, so that
    /// small archives (whose headers compress extremely well) pass.
    static constexpr qint64 ratioGrace = qint64(4) << 20;

    /// Defaults overridden by `archives/maxTotalSize`, `maxFileSize`,
    /// `maxEntries` and `maxCompressionRatio`; invalid values are ignored.
    static ArchiveLimits fromSettings(const QSettings &settings);
    /// The same from the application's QSettings.
    static ArchiveLimits fromSettings();
};

} // namespace Stasis
