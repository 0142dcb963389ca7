// SPDX-License-Identifier: GPL-2.0-or-later
#include "restorejob.h"

#include "checkpointevidence.h"
#include "criufailure.h"
#include "engineclient.h"

#include "enginegone.h"
#include "transientretry.h"

#include <QTimer>

namespace Stasis
{

RestoreJob::RestoreJob(EngineClient *client, const QString &container, const QString &checkpoint, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_container(container)
    , m_checkpoint(checkpoint)
{
    setCapabilities(Killable);
}

void RestoreJob::run()
{
    Q_EMIT description(this, tr("Restoring %1").arg(m_container), {tr("Checkpoint"), m_checkpoint});
    attempt();
}

void RestoreJob::attempt()
{
    ++m_attempt;
    m_pending = m_client->startContainer(m_container, m_checkpoint);
    m_pending.then(this, [this](const EngineResult<void> &result) {
        if (result) {
            emitResult();
            return;
        }
        m_engineError = result.error();
        if (const int delayMs = TransientRetry::delayMs(m_engineError, m_attempt, maximumAttempts); delayMs >= 0) {
            Q_EMIT infoMessage(this, TransientRetry::notice(m_engineError, delayMs, m_attempt + 1, maximumAttempts));
            QTimer::singleShot(delayMs, this, &RestoreJob::attempt);
            return;
        }
        setFailure(EngineRefused, {}, m_engineError);
        if (EngineGone::matches(m_engineError)) {
            setErrorText(tr("Cannot restore %1 from checkpoint %2: the engine went away (%3): it stopped or restarted. Start it "
                            "again, then retry this job.")
                             .arg(m_container, m_checkpoint, m_engineError.message));
        } else if (m_engineError.kind == EngineError::Kind::BadRequest && m_engineError.message.contains(QLatin1String("experimental"))) {
            // 400 "checkpoint is only supported in experimental mode"
            setErrorText(tr("Cannot restore %1 from checkpoint %2: the engine refuses checkpoints (%3). Enable experimental mode: add \"experimental\": "
                            "true to /etc/docker/daemon.json and restart the engine.")
                             .arg(m_container, m_checkpoint, m_engineError.message));
        } else if (m_engineError.kind == EngineError::Kind::NotModified) {
            setErrorText(tr("Cannot restore %1 from checkpoint %2: the container is running. Stop it first, or rewind it (stop, then restore).")
                             .arg(m_container, m_checkpoint));
        } else {
            setErrorText(tr("Cannot restore %1 from checkpoint %2: %3").arg(m_container, m_checkpoint, m_engineError.toString()));
        }
        finishWithCriuDetails();
    });
}

void RestoreJob::finishWithCriuDetails()
{
    explainCriuFailure(m_client, m_container, CheckpointEvidence::restoreStage, m_engineError, this).then(this, [this](const QString &details) {
        setErrorDetails(details);
        emitResult();
    });
}

bool RestoreJob::doKill()
{
    m_pending.cancel();
    return true;
}

} // namespace Stasis
