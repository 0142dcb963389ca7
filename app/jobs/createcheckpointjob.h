// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engine/engineerror.h"
#include "engine/enginetypes.h"

#include <KJob>
#include <QElapsedTimer>
#include <QFuture>

namespace Stasis
{

class EngineClient;

/// Checkpoints one container. Retries with a short backoff, saying so
/// through infoMessage(), on containerd's transient "content … already
/// exists"; after a failure it checks whether the container still runs and
/// says so, since a failed dump can leave it stopped.
class CreateCheckpointJob final : public KJob
{
    Q_OBJECT

public:
    enum Error { EngineRefused = UserDefinedError + 1 };

    static constexpr int maximumAttempts = 3;

    CreateCheckpointJob(EngineClient *client, const QString &container, const CheckpointOptions &options, QObject *parent = nullptr);

    void start() override;

    const QString &container() const
    {
        return m_container;
    }
    const CheckpointOptions &options() const
    {
        return m_options;
    }
    /// How long the engine took for the successful attempt.
    qint64 dumpMilliseconds() const
    {
        return m_dumpMilliseconds;
    }
    const EngineError &engineError() const
    {
        return m_engineError;
    }

private:
    void attempt();
    void failAfterCheckingState();

    EngineClient *m_client;
    QString m_container;
    CheckpointOptions m_options;
    int m_attempt = 0;
    QElapsedTimer m_attemptTimer;
    qint64 m_dumpMilliseconds = 0;
    EngineError m_engineError;
};

} // namespace Stasis
