// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archiveformat.h"
#include "archivelimits.h"
#include "archivevalidation.h"

#include <QCoreApplication>
#include <QFuture>

#include <atomic>
#include <memory>

namespace Stasis
{

/// Checks an untrusted checkpoint archive completely before anything of it
/// is written anywhere: `manifest.json` first and valid, every other entry
/// the `checkpoint/` folder, a regular file under it, or one of the
/// PeerDumps the manifest lists beside itself (each at most
/// ArchiveLimits::maxPeerDumpSize), no duplicate or
/// case-colliding names, no name both a file and a folder, names only of the
/// characters CRIU and Stasis use (ArchivePath::hasPlainName()) that
/// FreshTarDevice can repack, the files exactly the manifest's with its sizes
/// and SHA-256 (hashed while streaming), all within ArchiveLimits. Reads with
/// ArchiveReader: bounded memory, no temporary files; no entry can carry
/// more bytes than the manifest declares for it.
///
/// run() blocks: call it on a worker thread, or use start().
class ArchiveValidator final
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::ArchiveValidator)

public:
    ArchiveValidator(const QString &fileName, ArchiveFormat format, const ArchiveLimits &limits);

    ArchiveValidation run();
    /// From any thread: run() stops soon with cancelled set.
    void cancel();
    /// Bytes of the archive file read so far (from any thread), for progress.
    qint64 processedBytes() const;
    /// The size of the archive file.
    qint64 totalBytes() const;

    /// What a re-reading of an accepted archive says when the file differs
    /// from what was checked (@p what, a sentence).
    static QString changedSinceChecked(const QString &what);

    /// Runs @p validator on a BackgroundWork thread of its own.
    static QFuture<ArchiveValidation> start(std::shared_ptr<ArchiveValidator> validator);

private:
    QString m_fileName;
    ArchiveFormat m_format;
    ArchiveLimits m_limits;
    std::atomic<bool> m_cancelled = false;
    std::atomic<qint64> m_processed = 0;
    qint64 m_total = 0;
};

} // namespace Stasis
