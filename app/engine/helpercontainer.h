// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "enginetypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLatin1StringView>
#include <QStringList>

namespace Stasis
{

/// A container with a folder of the engine host bind-mounted at its mount
/// point, or a named volume mounted there: the engine's archive API then
/// reads and writes that root-owned folder or volume for a client without root. Usually created but never started; a
/// helper with a command runs one short `stasis-stage` (see CheckpointStager).
/// Made from Stasis's own image (HelperImage), never the target's, and
/// confined (ContainerSpec::confined): the folder it mounts holds the
/// container's whole configuration.
/// HelperRegistry creates them, as a HelperLease that removes the helper
/// again; HelperRegistry::sweep() removes those a killed program left behind.
class HelperContainer final
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::HelperContainer)

public:
    /// Label key (value "true") that marks helpers; container lists hide them.
    static constexpr QLatin1StringView label = helperLabel;
    static constexpr QLatin1StringView namePrefix{"stasis-helper-"};
    static constexpr QLatin1StringView mountPoint{"/checkpoints"};
    /// Helpers older than this are debris (no Stasis operation takes that long).
    static constexpr qint64 debrisAgeSeconds = 60 * 60;

    struct Spec {
        /// Empty: Stasis's helper image (HelperImage), loaded when needed.
        QString image;
        /// The engine host folder to bind-mount.
        QString hostFolder;
        /// The named volume to mount instead of hostFolder. It must exist:
        /// HelperRegistry::create() refuses a helper for a missing one.
        QString volume;
        /// Where it appears inside the helper; empty: mountPoint.
        QString mountPoint;
        bool readOnly = true;
        /// Empty: the helper image's tool.
        QStringList entrypoint;
        /// The tool's arguments; empty for a helper that is never started.
        QStringList command;
        /// Empty: namePrefix and a random suffix.
        QString name;
        /// Mount points of anonymous volumes; they go with the helper.
        QStringList volumes;
    };

    /// A never-started helper with @p hostFolder at mountPoint.
    static Spec mounting(const QString &hostFolder, bool readOnly = true);
    /// A never-started helper with the named volume @p volume at mountPoint.
    static Spec mountingVolume(const QString &volume, bool readOnly = true);
    /// What the engine is asked to create for @p spec: root without
    /// capabilities, network "none", confined, the helper label.
    static ContainerSpec containerSpec(const Spec &spec);
    /// How the engine's `Mounts` of a created helper (from its inspect)
    /// differ from those @p spec asks for, in words; empty when they are
    /// exactly those. An image's VOLUME on a mount point, or an engine
    /// plugin, could put something else there.
    static QString mountDifference(const Spec &spec, const QJsonArray &mounts);
    /// The path inside the helper of @p relativePath under the mount.
    static QString pathInside(const QString &relativePath);
};

} // namespace Stasis
