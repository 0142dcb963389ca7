// SPDX-License-Identifier: GPL-2.0-or-later
#include "restorefromjob.h"

#include "engineclient.h"

#include <QTimer>

namespace Stasis
{

RestoreFromJob::RestoreFromJob(EngineClient *client, const CheckpointCopy::Source &source, const QString &target, QObject *parent)
    : RestoringJob(client, parent)
    , m_source(source)
    , m_target(target)
{
}

void RestoreFromJob::start()
{
    const QString from = m_source.directory.isEmpty() ? m_source.container : m_source.directory;
    Q_EMIT description(this, tr("Restoring %1").arg(m_target), {tr("Checkpoint"), m_source.checkpoint}, {tr("From"), from});
    QTimer::singleShot(0, this, &RestoreFromJob::copy);
}

void RestoreFromJob::copy()
{
    Q_EMIT infoMessage(this, tr("Copying checkpoint %1 into %2").arg(m_source.checkpoint, m_target));
    m_pending = CheckpointCopy::copy(m_client, m_source, m_target);
    m_pending.then(this, [this](const EngineResult<void> &copied) {
        if (!copied) {
            m_engineError = copied.error();
            setError(CopyFailed);
            setErrorText(m_engineError.message);
            emitResult();
            return;
        }
        restore();
    });
}

void RestoreFromJob::restore()
{
    runRestore(m_target, m_source.checkpoint, [this](const QString &failure) {
        if (!failure.isEmpty()) {
            setError(RestoreFailed);
            setErrorText(failure);
        }
        removeCopy();
    });
}

void RestoreFromJob::removeCopy()
{
    m_pending = m_client->removeCheckpoint(m_target, m_source.checkpoint);
    m_pending.then(this, [this](const EngineResult<void> &removed) {
        if (!removed && !error()) {
            const QString problem = removed.error().toString();
            Q_EMIT warning(this, tr("Restored %1, but could not remove the copy of checkpoint %2: %3").arg(m_target, m_source.checkpoint, problem));
        }
        emitResult();
    });
}

} // namespace Stasis
