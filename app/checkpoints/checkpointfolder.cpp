// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointfolder.h"

#include "engineclient.h"

#include <QCoreApplication>

namespace Stasis
{

QString CheckpointFolder::defaultFolder(const QString &dockerRootDir, const QString &containerId)
{
    return dockerRootDir + QLatin1String("/containers/") + containerId + QLatin1String("/checkpoints");
}

EngineResult<CheckpointFolder>
CheckpointFolder::from(const QString &container, const ContainerDetails &details, const EngineInfo &info, const QString &customFolder)
{
    if (details.id.isEmpty() || details.imageId.isEmpty()) {
        return std::unexpected(EngineError{EngineError::Kind::Protocol, 0, tr("The engine did not say the id and image of %1.").arg(container)});
    }
    if (customFolder.isEmpty() && info.dockerRootDir.isEmpty()) {
        return std::unexpected(EngineError{EngineError::Kind::Protocol,
                                           0,
                                           tr("The engine did not say where it keeps its data (DockerRootDir is empty in its /info), so the checkpoint "
                                              "folder of %1 is unknown. Check the engine's data-root setting, or use a custom checkpoint folder.")
                                               .arg(container)});
    }
    CheckpointFolder folder;
    folder.container = details;
    folder.engine = info;
    folder.custom = !customFolder.isEmpty();
    if (!info.dockerRootDir.isEmpty()) {
        folder.containerFolder = info.dockerRootDir + QLatin1String("/containers/") + details.id;
    }
    folder.hostPath = folder.custom ? customFolder : defaultFolder(info.dockerRootDir, details.id);
    return folder;
}

QFuture<EngineResult<CheckpointFolder>> CheckpointFolder::resolve(EngineClient *client, const QString &container, const QString &customFolder)
{
    return client->inspectContainer(container)
        .then(client,
              [client, container, customFolder](const EngineResult<ContainerDetails> &details) -> QFuture<EngineResult<CheckpointFolder>> {
                  if (!details) {
                      return QtFuture::makeReadyValueFuture(EngineResult<CheckpointFolder>(std::unexpected(details.error())));
                  }
                  return client->info().then(client, [container, customFolder, details = *details](const EngineResult<EngineInfo> &info) {
                      return info.and_then([&](const EngineInfo &answer) {
                          return from(container, details, answer, customFolder);
                      });
                  });
              })
        .unwrap();
}

} // namespace Stasis
