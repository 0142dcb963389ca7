// SPDX-License-Identifier: GPL-2.0-or-later
#include "createcheckpointjob.h"

#include "checkpointevidence.h"
#include "checkpointmetadatawriter.h"
#include "criufailure.h"
#include "engineclient.h"

#include "enginegone.h"
#include "transientretry.h"

#include <algorithm>

namespace Stasis
{

CreateCheckpointJob::CreateCheckpointJob(EngineClient *client, const QString &container, const CheckpointOptions &options, QObject *parent)
    : Job(parent)
    , m_target{client, container, options.name}
    , m_options(options)
{
    setCapabilities(Killable);
    setReportsAfterKill(true);
}

void CreateCheckpointJob::run()
{
    Q_EMIT description(this, tr("Checkpointing %1").arg(m_target.container), {tr("Checkpoint"), m_target.checkpoint});
    const auto create = [this] {
        m_attemptTimer.start();
        return m_target.client->createCheckpoint(m_target.container, m_options);
    };
    m_cancel = TransientRetry::run(this, create, [this](const EngineResult<void> &result) {
        if (!result) {
            return failAfterCheckingState(result.error());
        }
        writeMetadata(m_attemptTimer.elapsed());
    });
}

void CreateCheckpointJob::writeMetadata(qint64 dumpMilliseconds)
{
    CheckpointMetadata metadata;
    metadata.dumpMilliseconds = dumpMilliseconds;
    metadata.leftRunning = m_options.leaveRunning;
    metadata.stasisVersion = QStringLiteral(STASIS_VERSION);
    metadata.created = QDateTime::currentDateTimeUtc();
    m_target.client->version().then(this, [this, metadata](const EngineResult<EngineVersion> &version) mutable {
        if (version) {
            metadata.engineVersion = version->version;
        }
        CheckpointMetadataWriter::write(m_target.client, m_target.container, m_options.name, m_options.directory, metadata)
            .then(this, [this](const EngineResult<CheckpointMetadata> &written) {
                // The checkpoint itself is fine without its metadata.
                if (!written) {
                    Q_EMIT warning(this, written.error().toString());
                } else {
                    m_metadata = *written;
                }
                emitResult();
            });
    });
}

void CreateCheckpointJob::failAfterCheckingState(const EngineError &error)
{
    const QString &container = m_target.container;
    const QString failure = error.kind == EngineError::Kind::Conflict
        ? tr("Cannot checkpoint %1: it is not running (%2). Only a running container can be checkpointed: start it, or restore one of its checkpoints.")
              .arg(container, error.message)
        : tr("Cannot checkpoint %1: %2").arg(container, error.toString());
    setFailure(EngineRefused, failure, error);
    if (EngineGone::matches(error)) {
        setErrorText(tr("Cannot checkpoint %1: the engine went away (%2): it stopped or restarted. Start it again, then retry this "
                        "job and check the container's state.")
                         .arg(container, error.message));
        emitResult();
        return;
    }
    if (!m_options.leaveRunning || error.kind == EngineError::Kind::NotFound || error.kind == EngineError::Kind::Conflict) {
        finishWithCriuDetails(error);
        return;
    }
    m_target.client->inspectContainer(container).then(this, [this, failure, error](const EngineResult<ContainerDetails> &details) {
        if (details && !details->running) {
            setErrorText(failure + QLatin1Char(' ') + tr("The container is no longer running; start it again, or restore an earlier checkpoint."));
        }
        finishWithCriuDetails(error);
    });
}

void CreateCheckpointJob::finishWithCriuDetails(const EngineError &error)
{
    explainCriuFailure(m_target.client, m_target.container, CheckpointEvidence::checkpointStage, error, this).then(this, [this](const QString &details) {
        setErrorDetails(details);
        emitResult();
    });
}

bool CreateCheckpointJob::doKill()
{
    if (m_cancel) {
        m_cancel();
    }
    Q_EMIT infoMessage(this, tr("Cancelled: the request was aborted, but the engine may still finish or abort the dump. Checking %1…").arg(m_target.container));
    reportStateAfterKill();
    return true;
}

void CreateCheckpointJob::reportStateAfterKill()
{
    const QString &container = m_target.container;
    const QString &checkpoint = m_target.checkpoint;
    // Runs after the job finished: it tells what it found, then goes.
    m_target.client->inspectContainer(container).then(this, [this, container, checkpoint](const EngineResult<ContainerDetails> &details) {
        if (!details) {
            Q_EMIT infoMessage(this, tr("After cancelling: the state of %1 is unknown (%2).").arg(container, details.error().toString()));
            deleteLater();
            return;
        }
        const QString state = details->running ? tr("%1 is running.").arg(container)
                                               : tr("%1 is stopped (%2): start it again, or restore a checkpoint.").arg(container, details->status);
        m_target.client->checkpoints(container, m_options.directory)
            .then(this, [this, state, checkpoint](const EngineResult<QList<CheckpointRef>> &checkpoints) {
                const bool exists = checkpoints && std::ranges::any_of(*checkpoints, [checkpoint](const CheckpointRef &ref) {
                                        return ref.name == checkpoint;
                                    });
                Q_EMIT infoMessage(this,
                                   exists
                                       ? tr("After cancelling: %1 Checkpoint %2 exists (it may be incomplete: remove it if in doubt).").arg(state, checkpoint)
                                       : tr("After cancelling: %1 Checkpoint %2 was not created.").arg(state, checkpoint));
                deleteLater();
            });
    });
}

} // namespace Stasis
