// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"
#include "job.h"
#include "jobtarget.h"

namespace Stasis
{

/// Removes one checkpoint of a container (`DELETE …/checkpoints/{name}`),
/// from the engine's default folder or from @p directory. Killable: killing
/// aborts the request, though the engine may still remove the checkpoint.
class RemoveCheckpointJob final : public Job
{
    Q_OBJECT

public:
    RemoveCheckpointJob(EngineClient *client, const QString &container, const QString &checkpoint, const QString &directory = {}, QObject *parent = nullptr);

protected:
    void run() override;

private:
    JobTarget m_target;
    QString m_directory;
};

} // namespace Stasis
