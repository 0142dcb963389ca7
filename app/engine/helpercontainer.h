// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "enginetypes.h"

#include <QLatin1StringView>
#include <QStringList>

namespace Stasis
{

/// A container with a folder of the engine host bind-mounted at its mount
/// point: the engine's archive API then reads and writes that root-owned
/// folder for a client without root. Usually created but never started; a
/// helper with an entrypoint runs one short command (see CheckpointStager).
/// HelperRegistry creates them, as a HelperLease that removes the helper
/// again; HelperRegistry::sweep() removes those a killed program left behind.
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
        /// Mount points of anonymous volumes; they go with the helper.
        QStringList volumes;
    };

    /// A never-started helper from @p image with @p hostFolder at mountPoint.
    static Spec mounting(const QString &image, const QString &hostFolder, bool readOnly = true);
    /// What the engine is asked to create for @p spec: network "none", the helper label.
    static ContainerSpec containerSpec(const Spec &spec);
    /// The path inside the helper of @p relativePath under the mount.
    static QString pathInside(const QString &relativePath);
};

} // namespace Stasis
