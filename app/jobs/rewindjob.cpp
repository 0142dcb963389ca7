// SPDX-License-Identifier: GPL-2.0-or-later
#include "rewindjob.h"

#include "engineclient.h"

#include <QTimer>

namespace Stasis
{

RewindJob::RewindJob(EngineClient *client, const QString &container, const QString &checkpoint, QObject *parent)
    : RestoringJob(client, parent)
    , m_container(container)
    , m_checkpoint(checkpoint)
{
}

void RewindJob::start()
{
    Q_EMIT description(this, tr("Rewinding %1").arg(m_container), {tr("Checkpoint"), m_checkpoint});
    QTimer::singleShot(0, this, &RewindJob::stop);
}

void RewindJob::stop()
{
    Q_EMIT infoMessage(this, tr("Stopping %1").arg(m_container));
    m_pending = m_client->stopContainer(m_container, stopTimeoutSeconds);
    m_pending.then(this, [this](const EngineResult<void> &stopped) {
        // 304: it was not running; restoring is what was asked for anyway.
        if (!stopped && stopped.error().kind != EngineError::Kind::NotModified) {
            m_engineError = stopped.error();
            setError(StopFailed);
            setErrorText(tr("Cannot rewind %1: stopping it failed: %2").arg(m_container, m_engineError.toString()));
            emitResult();
            return;
        }
        restore();
    });
}

void RewindJob::restore()
{
    runRestore(m_container, m_checkpoint, [this](const QString &failure) {
        if (!failure.isEmpty()) {
            setError(RestoreFailed);
            setErrorText(tr("%1 The container stays stopped.").arg(failure));
        }
        emitResult();
    });
}

} // namespace Stasis
