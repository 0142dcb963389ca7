// SPDX-License-Identifier: GPL-2.0-or-later
#include "restoreplan.h"

#include "restorefromjob.h"
#include "restorejob.h"
#include "rewindjob.h"

namespace Stasis
{

RestoreRequest::Kind RestoreRequest::kind() const
{
    if (!directory.isEmpty() || createTarget || (!sourceContainer.isEmpty() && sourceContainer != container)) {
        return Kind::RestoreFrom;
    }
    return rewind ? Kind::Rewind : Kind::Restore;
}

Job *RestoreRequest::makeJob(EngineClient *client, QObject *parent) const
{
    switch (kind()) {
    case Kind::Restore:
        return new RestoreJob(client, container, checkpoint, parent);
    case Kind::Rewind:
        return new RewindJob(JobTarget{client, container, checkpoint}, parent);
    case Kind::RestoreFrom: {
        auto *job = new RestoreFromJob(client, CheckpointCopy::Source{sourceContainer, directory, checkpoint}, container, parent);
        job->setCreateTarget(createTarget);
        job->setAllowHostAccess(allowHostAccess);
        return job;
    }
    }
    Q_UNREACHABLE_RETURN(nullptr);
}

} // namespace Stasis
