// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"

#include <KJob>
#include <QFuture>

namespace Stasis
{

class EngineClient;

/// Removes one checkpoint of a container (`DELETE …/checkpoints/{name}`),
/// from the engine's default folder or from @p directory. Killable: killing
/// abandons the request, though the engine may still remove the checkpoint.
class RemoveCheckpointJob final : public KJob
{
    Q_OBJECT

public:
    enum Error { EngineRefused = UserDefinedError + 1 };

    RemoveCheckpointJob(EngineClient *client, const QString &container, const QString &checkpoint, const QString &directory = {}, QObject *parent = nullptr);

    void start() override;

    const QString &container() const
    {
        return m_container;
    }
    const QString &checkpoint() const
    {
        return m_checkpoint;
    }
    /// The engine's error, when the job failed.
    const EngineError &engineError() const
    {
        return m_engineError;
    }

protected:
    bool doKill() override;

private:
    void remove();

    EngineClient *m_client;
    QString m_container;
    QString m_checkpoint;
    QString m_directory;
    EngineError m_engineError;
    QFuture<EngineResult<void>> m_pending;
};

} // namespace Stasis
