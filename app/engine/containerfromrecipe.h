// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "containerrecipe.h"
#include "engineerror.h"

#include <QFuture>

namespace Stasis
{

class EngineClient;

/// Creates (but does not start) a container from a ContainerRecipe, e.g. the
/// target of an imported checkpoint, and checks first what would otherwise
/// fail late or confusingly:
/// - the recipe can be created at all (ContainerRecipe::createBody());
/// - no container has the name yet (Conflict);
/// - the image is on the engine (NotFound, saying how to get it there):
///   the recipe's image id when the engine has it, because a tag may point
///   to another image by now and CRIU needs the same file system; else the
///   image by the name the recipe gives.
class ContainerFromRecipe final
{
public:
    /// The new container's id. An empty @p name lets the engine choose one.
    static QFuture<EngineResult<QString>> create(EngineClient *client, const ContainerRecipe &recipe, const QString &name);
};

} // namespace Stasis
