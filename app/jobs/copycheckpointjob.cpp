// SPDX-License-Identifier: GPL-2.0-or-later
#include "copycheckpointjob.h"

#include "engineclient.h"

namespace Stasis
{

CopyCheckpointJob::CopyCheckpointJob(EngineClient *client, const CheckpointCopy::Source &source, const QString &target, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_source(source)
    , m_target(target)
{
    setCapabilities(Killable);
    setReportsAfterKill(true);
}

void CopyCheckpointJob::run()
{
    Q_EMIT infoMessage(this, tr("Copying checkpoint %1 into %2").arg(m_source.checkpoint, m_target));
    CheckpointCopy::Run copy = CheckpointCopy::copy(m_client, m_source, m_target);
    m_cancel = copy.cancel;
    copy.done.then(this, [this](const EngineResult<void> &copied) {
        if (m_killed) {
            return reportAfterKill(copied);
        }
        if (!copied) {
            setFailure(CopyFailed, copied.error().message, copied.error());
        }
        emitResult();
    });
}

bool CopyCheckpointJob::doKill()
{
    m_killed = true;
    if (m_cancel) {
        m_cancel();
    }
    return true;
}

void CopyCheckpointJob::reportAfterKill(const EngineResult<void> &copied)
{
    if (!copied) {
        Q_EMIT infoMessage(this, tr("After cancelling: nothing was copied into %1.").arg(m_target));
        deleteLater();
        return;
    }
    // The copy was already being committed when the kill came.
    m_client->removeCheckpoint(m_target, m_source.checkpoint).then(this, [this](const EngineResult<void> &removed) {
        Q_EMIT infoMessage(this,
                           removed
                               ? tr("After cancelling: the copy of checkpoint %1 had already landed in %2; it was removed.").arg(m_source.checkpoint, m_target)
                               : tr("After cancelling: the copy of checkpoint %1 landed in %2 and could not be removed (%3); remove it by hand.")
                                     .arg(m_source.checkpoint, m_target, removed.error().toString()));
        deleteLater();
    });
}

} // namespace Stasis
