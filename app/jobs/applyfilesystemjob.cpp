// SPDX-License-Identifier: GPL-2.0-or-later
#include "applyfilesystemjob.h"

#include "archivelimits.h"
#include "filesystemapplier.h"
#include "validatedfilesystemdevice.h"

#include <QLocale>

namespace Stasis
{

ApplyFileSystemJob::ApplyFileSystemJob(const JobTarget &target,
                                       const QString &archive,
                                       ArchiveFormat format,
                                       const ArchiveManifest &manifest,
                                       const QStringList &deletedPaths,
                                       QObject *parent)
    : Job(parent)
    , m_target(target)
    , m_archive(archive)
    , m_format(format)
    , m_manifest(manifest)
    , m_deletedPaths(deletedPaths)
{
    setCapabilities(Killable);
}

void ApplyFileSystemJob::run()
{
    m_body =
        new ValidatedFileSystemDevice(m_archive, m_format, *m_manifest.topLevelFile(ArchiveManifest::FileSystem::tarName), ArchiveLimits::fromSettings(), this);
    if (!m_body->open(QIODevice::ReadOnly)) {
        setFailure(CopyFailed, tr("Cannot read %1 again: %2").arg(m_archive, m_body->errorString()));
        emitResult();
        return;
    }
    const ArchiveManifest::FileSystem &changes = *m_manifest.fileSystem;
    setTotalAmount(Bytes, quint64(m_body->size()));
    Q_EMIT infoMessage(this,
                       tr("Writing the file system changes into %1: %n entries with %2, %3 deleted paths…", nullptr, int(changes.entries))
                           .arg(m_target.container, QLocale().formattedDataSize(changes.contentSize))
                           .arg(changes.deletedPaths));
    m_applier = new FileSystemApplier(m_target.client, m_target.container, this);
    connect(m_applier, &FileSystemApplier::uploadProgress, this, [this](qint64 sent, qint64) {
        setProcessedAmount(Bytes, quint64(sent));
    });
    connect(m_applier, &FileSystemApplier::finished, this, &ApplyFileSystemJob::applied);
    m_applier->start(m_deletedPaths, m_body, m_body->size());
}

void ApplyFileSystemJob::applied(bool ok)
{
    if (!ok) {
        // The body's own error (the archive changed since it was checked) says more than the engine's broken pipe;
        // the applier's own messages name the container already.
        const QString message = m_body->hasFailed() ? tr("Cannot write the file system changes into %1: %2").arg(m_target.container, m_body->errorString())
                                                    : m_applier->error().message;
        setFailure(CopyFailed, message, m_applier->error());
        emitResult();
        return;
    }
    setProcessedAmount(Bytes, totalAmount(Bytes));
    emitResult();
}

bool ApplyFileSystemJob::doKill()
{
    if (m_applier) {
        m_applier->abort();
    }
    return true;
}

} // namespace Stasis
