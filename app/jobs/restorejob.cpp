// SPDX-License-Identifier: GPL-2.0-or-later
#include "restorejob.h"

#include "checkpointevidence.h"
#include "criufailure.h"
#include "engineclient.h"

#include "enginegone.h"
#include "transientretry.h"

namespace Stasis
{

RestoreJob::RestoreJob(EngineClient *client, const QString &container, const QString &checkpoint, QObject *parent)
    : Job(parent)
    , m_target{client, container, checkpoint}
{
    setCapabilities(Killable);
}

void RestoreJob::run()
{
    Q_EMIT description(this, tr("Restoring %1").arg(m_target.container), {tr("Checkpoint"), m_target.checkpoint});
    const auto start = [this] {
        return m_target.client->startContainer(m_target.container, m_target.checkpoint);
    };
    stopOnKill(TransientRetry::run(this, start, [this](const EngineResult<void> &result) {
        if (!result) {
            return fail(result.error());
        }
        emitResult();
    }));
}

void RestoreJob::fail(const EngineError &error)
{
    const QString &container = m_target.container;
    const QString &checkpoint = m_target.checkpoint;
    setFailure(EngineRefused, {}, error);
    if (EngineGone::matches(error)) {
        setErrorText(tr("Cannot restore %1 from checkpoint %2: the engine went away (%3): it stopped or restarted. Start it "
                        "again, then retry this job.")
                         .arg(container, checkpoint, error.message));
    } else if (error.kind == EngineError::Kind::BadRequest && error.message.contains(QLatin1String("experimental"))) {
        // 400 "checkpoint is only supported in experimental mode"
        setErrorText(tr("Cannot restore %1 from checkpoint %2: the engine refuses checkpoints (%3). Enable experimental mode: add \"experimental\": "
                        "true to /etc/docker/daemon.json and restart the engine.")
                         .arg(container, checkpoint, error.message));
    } else if (error.kind == EngineError::Kind::NotModified) {
        setErrorText(
            tr("Cannot restore %1 from checkpoint %2: the container is running. Stop it first, or rewind it (stop, then restore).").arg(container, checkpoint));
    } else {
        setErrorText(tr("Cannot restore %1 from checkpoint %2: %3").arg(container, checkpoint, error.toString()));
    }
    explainCriuFailure(m_target.client, container, CheckpointEvidence::restoreStage, error, this).then(this, [this](const QString &details) {
        setErrorDetails(details);
        emitResult();
    });
}

} // namespace Stasis
