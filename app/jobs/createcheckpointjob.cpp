// SPDX-License-Identifier: GPL-2.0-or-later
#include "createcheckpointjob.h"

#include "checkpointevidence.h"
#include "checkpointmetadatawriter.h"
#include "criufailure.h"
#include "engineclient.h"

#include "enginegone.h"
#include "transientretry.h"

#include <QTimer>

#include <algorithm>

namespace Stasis
{

CreateCheckpointJob::CreateCheckpointJob(EngineClient *client, const QString &container, const CheckpointOptions &options, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_container(container)
    , m_options(options)
{
    setCapabilities(Killable);
    setReportsAfterKill(true);
}

void CreateCheckpointJob::run()
{
    Q_EMIT description(this, tr("Checkpointing %1").arg(m_container), {tr("Checkpoint"), m_options.name});
    attempt();
}

void CreateCheckpointJob::attempt()
{
    if (m_killed) {
        return;
    }
    ++m_attempt;
    m_attemptTimer.start();
    m_pending = m_client->createCheckpoint(m_container, m_options);
    m_pending.then(this, [this](const EngineResult<void> &result) {
        if (result) {
            m_dumpMilliseconds = m_attemptTimer.elapsed();
            writeMetadata();
            return;
        }
        m_engineError = result.error();
        if (const int delayMs = TransientRetry::delayMs(m_engineError, m_attempt, maximumAttempts); delayMs >= 0) {
            Q_EMIT infoMessage(this, TransientRetry::notice(m_engineError, delayMs, m_attempt + 1, maximumAttempts));
            QTimer::singleShot(delayMs, this, &CreateCheckpointJob::attempt);
            return;
        }
        failAfterCheckingState();
    });
}

void CreateCheckpointJob::writeMetadata()
{
    m_metadata.dumpMilliseconds = m_dumpMilliseconds;
    m_metadata.leftRunning = m_options.leaveRunning;
    m_metadata.stasisVersion = QStringLiteral(STASIS_VERSION);
    m_metadata.created = QDateTime::currentDateTimeUtc();
    m_client->version().then(this, [this](const EngineResult<EngineVersion> &version) {
        if (version) {
            m_metadata.engineVersion = version->version;
        }
        CheckpointMetadataWriter::write(m_client, m_container, m_options.name, m_options.directory, m_metadata)
            .then(this, [this](const EngineResult<CheckpointMetadata> &written) {
                // The checkpoint itself is fine without its metadata.
                if (!written) {
                    Q_EMIT warning(this, written.error().toString());
                } else {
                    m_metadata = *written;
                }
                m_metadataWritten = written.has_value();
                emitResult();
            });
    });
}

void CreateCheckpointJob::failAfterCheckingState()
{
    const QString failure = m_engineError.kind == EngineError::Kind::Conflict
        ? tr("Cannot checkpoint %1: it is not running (%2). Only a running container can be checkpointed: start it, or restore one of its checkpoints.")
              .arg(m_container, m_engineError.message)
        : tr("Cannot checkpoint %1: %2").arg(m_container, m_engineError.toString());
    setFailure(EngineRefused, failure, m_engineError);
    if (EngineGone::matches(m_engineError)) {
        setErrorText(tr("Cannot checkpoint %1: the engine went away (%2): it stopped or restarted. Start it again, then retry this "
                        "job and check the container's state.")
                         .arg(m_container, m_engineError.message));
        emitResult();
        return;
    }
    if (!m_options.leaveRunning || m_engineError.kind == EngineError::Kind::NotFound || m_engineError.kind == EngineError::Kind::Conflict) {
        finishWithCriuDetails();
        return;
    }
    m_client->inspectContainer(m_container).then(this, [this, failure](const EngineResult<ContainerDetails> &details) {
        if (details && !details->running) {
            setErrorText(failure + QLatin1Char(' ') + tr("The container is no longer running; start it again, or restore an earlier checkpoint."));
        }
        finishWithCriuDetails();
    });
}

void CreateCheckpointJob::finishWithCriuDetails()
{
    explainCriuFailure(m_client, m_container, CheckpointEvidence::checkpointStage, m_engineError, this).then(this, [this](const QString &details) {
        setErrorDetails(details);
        emitResult();
    });
}

bool CreateCheckpointJob::doKill()
{
    m_killed = true;
    m_pending.cancel();
    Q_EMIT infoMessage(this, tr("Cancelled: the request was aborted, but the engine may still finish or abort the dump. Checking %1…").arg(m_container));
    reportStateAfterKill();
    return true;
}

void CreateCheckpointJob::reportStateAfterKill()
{
    // Runs after the job finished: it tells what it found, then goes.
    m_client->inspectContainer(m_container).then(this, [this](const EngineResult<ContainerDetails> &details) {
        if (!details) {
            Q_EMIT infoMessage(this, tr("After cancelling: the state of %1 is unknown (%2).").arg(m_container, details.error().toString()));
            deleteLater();
            return;
        }
        const QString state = details->running ? tr("%1 is running.").arg(m_container)
                                               : tr("%1 is stopped (%2): start it again, or restore a checkpoint.").arg(m_container, details->status);
        m_client->checkpoints(m_container, m_options.directory).then(this, [this, state](const EngineResult<QList<CheckpointRef>> &checkpoints) {
            const bool exists = checkpoints && std::ranges::any_of(*checkpoints, [this](const CheckpointRef &ref) {
                                    return ref.name == m_options.name;
                                });
            Q_EMIT infoMessage(this,
                               exists
                                   ? tr("After cancelling: %1 Checkpoint %2 exists (it may be incomplete: remove it if in doubt).").arg(state, m_options.name)
                                   : tr("After cancelling: %1 Checkpoint %2 was not created.").arg(state, m_options.name));
            deleteLater();
        });
    });
}

} // namespace Stasis
