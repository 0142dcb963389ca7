// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "checkpoints/pathstat.h"
#include "engine/engineerror.h"
#include "engine/enginetypes.h"

#include <QFuture>
#include <QLatin1StringView>

namespace Stasis
{

class EngineClient;

/// A container that is created but never started, with a folder of the engine
/// host bind-mounted at mountPoint: the engine's archive API then reads and
/// writes that root-owned folder for a client without root.
/// The caller removes the helper when done, also after a failure.
class HelperContainer final
{
public:
    /// Label key (value "true") that marks helpers; container lists hide them.
    static constexpr QLatin1StringView label = helperLabel;
    static constexpr QLatin1StringView namePrefix{"stasis-helper-"};
    static constexpr QLatin1StringView mountPoint{"/checkpoints"};

    /// Creates a helper from @p image (one the engine has, e.g. the target
    /// container's own) with @p hostFolder at mountPoint, network "none".
    /// Returns the helper's id.
    static QFuture<EngineResult<QString>> create(EngineClient *client, const QString &image, const QString &hostFolder, bool readOnly = true);
    /// The stat of @p relativePath under mountPoint, from the engine's
    /// `X-Docker-Container-Path-Stat` header on `…/archive`.
    static QFuture<EngineResult<PathStat>> stat(EngineClient *client, const QString &helper, const QString &relativePath);
    static QFuture<EngineResult<void>> remove(EngineClient *client, const QString &helper);

    /// The path inside the helper of @p relativePath under the mount.
    static QString pathInside(const QString &relativePath);
};

} // namespace Stasis
