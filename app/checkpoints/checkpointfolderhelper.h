// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checkpointfolder.h"

#include <QFuture>

#include <functional>
#include <memory>

namespace Stasis
{

class EngineClient;
class HelperLease;

/// A helper container (HelperLease) that bind-mounts a container's
/// checkpoint folder (CheckpointFolder).
struct CheckpointFolderHelper {
    CheckpointFolder folder;
    std::shared_ptr<HelperLease> lease;

    /// Turns the engine's message about a helper it could not create into
    /// the caller's.
    using Explanation = std::function<QString(const QString &message)>;

    /// Resolves the folder as CheckpointFolder::resolve() does, then creates
    /// a never-started helper over it. A failure to resolve comes as the
    /// engine said it; one to create the helper explained by @p explain
    /// when given.
    static QFuture<EngineResult<CheckpointFolderHelper>>
    create(EngineClient *client, const QString &container, const QString &customFolder, bool readOnly, const Explanation &explain = {});
};

} // namespace Stasis
