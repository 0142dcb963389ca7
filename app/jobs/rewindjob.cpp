// SPDX-License-Identifier: GPL-2.0-or-later
#include "rewindjob.h"

#include "engine/engineclient.h"
#include "jobs/restorejob.h"

#include <QTimer>

namespace Stasis
{

RewindJob::RewindJob(EngineClient *client, const QString &container, const QString &checkpoint, QObject *parent)
    : KJob(parent)
    , m_client(client)
    , m_container(container)
    , m_checkpoint(checkpoint)
{
    setCapabilities(Killable);
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
    m_restore = new RestoreJob(m_client, m_container, m_checkpoint, this);
    connect(m_restore, &KJob::infoMessage, this, [this](KJob *, const QString &message) {
        Q_EMIT infoMessage(this, message);
    });
    connect(m_restore, &KJob::result, this, [this](KJob *job) {
        if (job->error()) {
            m_engineError = static_cast<RestoreJob *>(job)->engineError();
            setError(RestoreFailed);
            setErrorText(tr("%1 The container stays stopped.").arg(job->errorText()));
        }
        emitResult();
    });
    m_restore->start();
}

bool RewindJob::doKill()
{
    m_pending.cancel();
    if (m_restore) {
        m_restore->kill(KJob::Quietly);
    }
    return true;
}

} // namespace Stasis
