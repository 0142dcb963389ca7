// SPDX-License-Identifier: GPL-2.0-or-later
#include "createcheckpointjob.h"

#include "checkpoints/checkpointmetadatawriter.h"
#include "checkpoints/criulogfetcher.h"
#include "engine/engineclient.h"

#include "transientretry.h"

#include <QTimer>

namespace Stasis
{

CreateCheckpointJob::CreateCheckpointJob(EngineClient *client, const QString &container, const CheckpointOptions &options, QObject *parent)
    : KJob(parent)
    , m_client(client)
    , m_container(container)
    , m_options(options)
{
}

void CreateCheckpointJob::start()
{
    Q_EMIT description(this, tr("Checkpointing %1").arg(m_container), {tr("Checkpoint"), m_options.name});
    QTimer::singleShot(0, this, &CreateCheckpointJob::attempt);
}

void CreateCheckpointJob::attempt()
{
    ++m_attempt;
    m_attemptTimer.start();
    m_client->createCheckpoint(m_container, m_options).then(this, [this](const EngineResult<void> &result) {
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
            .then(this, [this](const EngineResult<void> &written) {
                // The checkpoint itself is fine without its metadata.
                if (!written) {
                    Q_EMIT warning(this, written.error().toString());
                }
                m_metadataWritten = written.has_value();
                emitResult();
            });
    });
}

void CreateCheckpointJob::failAfterCheckingState()
{
    setError(EngineRefused);
    const QString failure = m_engineError.kind == EngineError::Kind::Conflict
        ? tr("Cannot checkpoint %1: it is not running (%2). Only a running container can be checkpointed: start it, or restore one of its checkpoints.")
              .arg(m_container, m_engineError.message)
        : tr("Cannot checkpoint %1: %2").arg(m_container, m_engineError.toString());
    if (!m_options.leaveRunning || m_engineError.kind == EngineError::Kind::NotFound || m_engineError.kind == EngineError::Kind::Conflict) {
        setErrorText(failure);
        finishWithCriuDetails();
        return;
    }
    m_client->inspectContainer(m_container).then(this, [this, failure](const EngineResult<ContainerDetails> &details) {
        if (details && !details->running) {
            setErrorText(failure + QLatin1Char(' ') + tr("The container is no longer running; start it again, or restore an earlier checkpoint."));
        } else {
            setErrorText(failure);
        }
        finishWithCriuDetails();
    });
}

void CreateCheckpointJob::finishWithCriuDetails()
{
    CriuLogFetcher::detailsFor(m_client, m_container, m_engineError, this).then(this, [this](const QString &details) {
        m_errorDetails = details;
        emitResult();
    });
}

} // namespace Stasis
