// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointfolderhelper.h"

#include "engineclient.h"
#include "helperlease.h"
#include "helperregistry.h"

namespace Stasis
{

QFuture<EngineResult<CheckpointFolderHelper>>
CheckpointFolderHelper::create(EngineClient *client, const QString &container, const QString &customFolder, bool readOnly, const Explanation &explain)
{
    using Answer = EngineResult<CheckpointFolderHelper>;
    return CheckpointFolder::resolve(client, container, customFolder)
        .then(client,
              [client, readOnly, explain](const EngineResult<CheckpointFolder> &folder) -> QFuture<Answer> {
                  if (!folder) {
                      return QtFuture::makeReadyValueFuture(Answer(std::unexpected(folder.error())));
                  }
                  return HelperRegistry::of(client)
                      ->create(folder->hostPath, readOnly)
                      .then(client, [explain, folder = *folder](const EngineResult<std::shared_ptr<HelperLease>> &lease) -> Answer {
                          if (!lease) {
                              EngineError error = lease.error();
                              if (explain) {
                                  error.message = explain(error.message);
                              }
                              return std::unexpected(error);
                          }
                          return CheckpointFolderHelper{folder, *lease};
                      });
              })
        .unwrap();
}

} // namespace Stasis
