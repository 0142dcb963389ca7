// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "pathstat.h"
#include "engineerror.h"
#include "enginetypes.h"

#include <QFuture>
#include <QLatin1StringView>
#include <QStringList>

namespace Stasis
{

class EngineClient;

/// A container with a folder of the engine host bind-mounted at its mount
/// point: the engine's archive API then reads and writes that root-owned
/// folder for a client without root. Usually created but never started; a
/// helper with an entrypoint runs one short command (see CheckpointStager).
/// The caller removes the helper when done, also after a failure; sweep()
/// removes those a killed program left behind.
class HelperContainer final
{
public:
    /// Label key (value "true") that marks helpers; container lists hide them.
    static constexpr QLatin1StringView label = helperLabel;
    static constexpr QLatin1StringView namePrefix{"stasis-helper-"};
    static constexpr QLatin1StringView mountPoint{"/checkpoints"};
    /// Helpers older than this are debris (no Stasis operation takes that long).
    static constexpr qint64 debrisAgeSeconds = 60 * 60;

    struct Spec {
        /// An image the engine has, e.g. the target container's own.
        QString image;
        /// The engine host folder to bind-mount.
        QString hostFolder;
        /// Where it appears inside the helper; empty: mountPoint.
        QString mountPoint;
        bool readOnly = true;
        /// Empty: the helper is never started (it gets a placeholder command).
        QStringList entrypoint;
        QStringList command;
        /// As the engine's `User`, e.g. "0:0"; empty: the image's.
        QString user;
        /// Empty: namePrefix and a random suffix.
        QString name;
    };

    /// Creates a helper from @p spec, network "none", with the helper label.
    /// Returns the helper's id.
    static QFuture<EngineResult<QString>> create(EngineClient *client, const Spec &spec);
    /// Creates a never-started helper from @p image with @p hostFolder at mountPoint.
    static QFuture<EngineResult<QString>> create(EngineClient *client, const QString &image, const QString &hostFolder, bool readOnly = true);
    /// The stat of @p relativePath under mountPoint, from the engine's
    /// `X-Docker-Container-Path-Stat` header on `…/archive`.
    static QFuture<EngineResult<PathStat>> stat(EngineClient *client, const QString &helper, const QString &relativePath);
    /// The stat of the absolute @p path inside the helper; NotFound when there is none.
    static QFuture<EngineResult<PathStat>> statPath(EngineClient *client, const QString &helper, const QString &path);
    static QFuture<EngineResult<void>> remove(EngineClient *client, const QString &helper);
    /// Removes the helpers (by label) whose name starts with @p prefix and that
    /// the engine created at least @p minimumAgeSeconds ago by its own clock:
    /// what a killed Stasis left behind. Returns how many it removed.
    static QFuture<EngineResult<int>>
    sweep(EngineClient *client, qint64 minimumAgeSeconds = debrisAgeSeconds, const QString &prefix = QString(namePrefix));

    /// Helpers of @p client being created, or created and not removed yet.
    static int liveCount(const EngineClient *client);
    /// Finishes once liveCount() of @p client is 0: whoever owns the client
    /// keeps it until then, or the helpers would stay on the engine.
    static QFuture<void> whenNoneLive(EngineClient *client);

    /// The path inside the helper of @p relativePath under the mount.
    static QString pathInside(const QString &relativePath);
};

} // namespace Stasis
