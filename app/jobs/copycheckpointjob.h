// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checkpointcopy.h"
#include "job.h"

#include <functional>

namespace Stasis
{

class EngineClient;

/// Copies a checkpoint into a container's default folder (CheckpointCopy):
/// from a custom folder, or from another container.
///
/// Killable, and reports after a kill: the copy stops, its staging folder
/// and helpers are removed, and the job says what is left — nothing, or,
/// when the copy was already being committed, the copy, which it removes.
class CopyCheckpointJob final : public Job
{
    Q_OBJECT

public:
    CopyCheckpointJob(EngineClient *client, const CheckpointCopy::Source &source, const QString &target, QObject *parent = nullptr);

protected:
    void run() override;
    bool doKill() override;

private:
    void reportAfterKill(const EngineResult<void> &copied);

    EngineClient *m_client;
    CheckpointCopy::Source m_source;
    QString m_target;
    std::function<void()> m_cancel;
    bool m_killed = false;
};

} // namespace Stasis
