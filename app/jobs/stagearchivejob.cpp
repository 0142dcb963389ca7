// SPDX-License-Identifier: GPL-2.0-or-later
#include "stagearchivejob.h"

#include "archivelimits.h"
#include "checkpointstager.h"
#include "freshtardevice.h"
#include "validatedarchivesource.h"

#include <QLocale>

namespace Stasis
{

StageArchiveJob::StageArchiveJob(const JobTarget &target, const QString &archive, ArchiveFormat format, const ArchiveManifest &manifest, QObject *parent)
    : Job(parent)
    , m_target(target)
    , m_archive(archive)
    , m_format(format)
    , m_manifest(manifest)
{
    setCapabilities(Killable);
    setReportsAfterKill(true);
}

void StageArchiveJob::run()
{
    m_stager = new CheckpointStager(m_target.client, this);
    m_body = ValidatedArchiveSource::device(m_archive, m_format, m_manifest, m_stager->stagingName(), ArchiveLimits::fromSettings(), this).release();
    if (!m_body->open(QIODevice::ReadOnly)) {
        setFailure(CopyFailed, tr("Cannot read %1 again: %2").arg(m_archive, m_body->errorString()));
        emitResult();
        return;
    }
    const qint64 size = m_body->size();
    setTotalAmount(Bytes, quint64(size));
    Q_EMIT infoMessage(this,
                       tr("Sending %1 to the engine as checkpoint %2 of %3…").arg(QLocale().formattedDataSize(size), m_target.checkpoint, m_target.container));
    connect(m_stager, &CheckpointStager::uploadProgress, this, [this](qint64 sent, qint64) {
        setProcessedAmount(Bytes, quint64(sent));
    });
    connect(m_stager, &CheckpointStager::finished, this, &StageArchiveJob::staged);
    m_stager->start(m_target.container, m_target.checkpoint, m_body, size, m_manifest.files);
}

void StageArchiveJob::staged(const EngineResult<void> &result)
{
    m_stager->deleteLater();
    if (m_killed) {
        Q_EMIT infoMessage(
            this,
            result ? tr("Cancelled too late: checkpoint %1 was imported into %2 before the cancel arrived.").arg(m_target.checkpoint, m_target.container)
                   : tr("Cancelled: nothing of the import was left on the engine."));
        deleteLater();
        return;
    }
    if (!result) {
        // The body's own error (a file changed since validation) says more than the engine's broken pipe.
        const bool bodyFailed = m_body && m_body->hasFailed();
        setFailure(CopyFailed,
                   bodyFailed ? tr("Cannot import checkpoint %1 into %2: %3").arg(m_target.checkpoint, m_target.container, m_body->errorString())
                              : result.error().toString(),
                   result.error());
        emitResult();
        return;
    }
    setProcessedAmount(Bytes, totalAmount(Bytes));
    Q_EMIT infoMessage(this, tr("Imported checkpoint %1 into %2.").arg(m_target.checkpoint, m_target.container));
    emitResult();
}

bool StageArchiveJob::doKill()
{
    m_killed = true;
    // Before run(), Job::start() ends the job instead.
    if (m_stager) {
        Q_EMIT infoMessage(this, tr("Cancelling: removing what was sent so far…"));
        m_stager->cancel();
    }
    return true;
}

} // namespace Stasis
