// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checkpointinfo.h"
#include "engineerror.h"

#include <QFuture>
#include <QList>

namespace Stasis
{

class EngineClient;

/// Lists a container's checkpoints with their creation times.
///
/// The engine's list has names only. The times come from the checkpoint
/// folders' stat, read through a helper container (HelperLease) that
/// bind-mounts the checkpoint folder (CheckpointFolder) read-only; the
/// helper is removed again whatever happens.
class CheckpointCatalog final
{
public:
    explicit CheckpointCatalog(EngineClient *client);

    /// The checkpoints of @p container (name or id), oldest first; those of
    /// the custom folder @p directory (engine host path) when given.
    /// A checkpoint removed while listing is left out.
    QFuture<EngineResult<QList<CheckpointInfo>>> list(const QString &container, const QString &directory = {}) const;

private:
    EngineClient *m_client;
};

} // namespace Stasis
