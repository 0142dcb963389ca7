// SPDX-License-Identifier: GPL-2.0-or-later
#include "stopcontainerjob.h"

#include "engineclient.h"

namespace Stasis
{

StopContainerJob::StopContainerJob(EngineClient *client, const QString &container, int timeoutSeconds, QObject *parent)
    : Job(parent)
    , m_target{client, container, {}}
    , m_timeoutSeconds(timeoutSeconds)
{
    setCapabilities(Killable);
}

void StopContainerJob::run()
{
    Q_EMIT infoMessage(this, tr("Stopping %1").arg(m_target.container));
    QFuture<EngineResult<void>> stop = m_target.client->stopContainer(m_target.container, m_timeoutSeconds);
    stopOnKill([stop]() mutable {
        stop.cancel();
    });
    stop.then(this, [this](const EngineResult<void> &stopped) {
        if (!stopped && stopped.error().kind != EngineError::Kind::NotModified) {
            setFailure(StopFailed, tr("Cannot stop %1: %2").arg(m_target.container, stopped.error().toString()), stopped.error());
        }
        emitResult();
    });
}

} // namespace Stasis
