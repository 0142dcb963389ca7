// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"
#include "enginetypes.h"

#include <QCoreApplication>
#include <QFuture>

namespace Stasis
{

class EngineClient;

/// Where a container's checkpoints are on the engine host, with what a
/// helper container over them needs: resolve() inspects the container and
/// reads the engine's data root once, for every operation that reads or
/// writes checkpoint files (catalog, copy, metadata, CRIU logs, imports,
/// exports).
struct CheckpointFolder {
    /// The container as the engine described it (id, image id, the whole inspect answer).
    ContainerDetails container;
    /// The engine's `/info` (DockerRootDir, Architecture).
    EngineInfo engine;
    /// The folder on the engine host: the custom folder, or the container's default one.
    QString hostPath;
    bool custom = false;
    /// `<DockerRootDir>/containers/<id>`, the container's own folder, which
    /// holds `checkpoints/`; empty for a custom folder on an engine that did
    /// not say its data root.
    QString containerFolder;

    /// Resolves the checkpoint folder of @p container (name or id): @p customFolder
    /// (an engine host path, as given to `?dir=`) when given, else the
    /// engine's default folder.
    static QFuture<EngineResult<CheckpointFolder>> resolve(EngineClient *client, const QString &container, const QString &customFolder = {});
    /// resolve()'s decision from the engine's answers: fails when the
    /// container's id or image is missing, or when the default folder is
    /// wanted and the engine did not say its data root.
    static EngineResult<CheckpointFolder> from(const QString &container, const ContainerDetails &details, const EngineInfo &info, const QString &customFolder);

    /// Where the engine keeps a container's checkpoints by default.
    static QString defaultFolder(const QString &dockerRootDir, const QString &containerId);

    Q_DECLARE_TR_FUNCTIONS(Stasis::CheckpointFolder)
};

} // namespace Stasis
