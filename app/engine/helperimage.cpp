// SPDX-License-Identifier: GPL-2.0-or-later
#include "helperimage.h"

#include "engineclient.h"
#include "helperimagetag.h"
#include "helperslogging.h"

#include <QFile>

namespace Stasis
{

namespace
{

/// An image of that name with other layers is not Stasis's.
EngineResult<void> verified(const EngineResult<ImageDetails> &image)
{
    if (!image) {
        return std::unexpected(image.error());
    }
    if (image->layers != QStringList{HelperImage::layerDigest()}) {
        const QString message = HelperImage::tr(
                                    "the engine's image %1 is not Stasis's helper image (its content differs); "
                                    "remove it (docker image rm %1) and try again.")
                                    .arg(HelperImage::reference());
        return std::unexpected(EngineError{EngineError::Kind::Conflict, 0, message});
    }
    return {};
}

/// Removes the repository's other tags; a tag that fails to go only stays.
QFuture<void> removeOtherBuilds(EngineClient *client)
{
    return client->imageTags(QString(HelperImage::repository))
        .then(client,
              [client](const EngineResult<QStringList> &tags) {
                  QList<QFuture<void>> removals;
                  if (!tags) {
                      qCWarning(lcHelpers) << "could not list the helper images of other builds:" << tags.error().toString();
                  }
                  for (const QString &tag : tags.value_or(QStringList())) {
                      if (tag == HelperImage::reference()) {
                          continue;
                      }
                      removals.append(client->removeImage(tag).then(client, [tag](const EngineResult<void> &removed) {
                          if (removed) {
                              qCInfo(lcHelpers) << "removed the helper image of another build" << tag;
                          } else if (removed.error().kind == EngineError::Kind::Conflict) {
                              qCDebug(lcHelpers) << "kept the helper image" << tag << "of another build, a container uses it";
                          } else {
                              qCWarning(lcHelpers) << "could not remove the helper image" << tag << "of another build:" << removed.error().toString();
                          }
                      }));
                  }
                  return QtFuture::whenAll(removals.begin(), removals.end()).then(client, [](const QList<QFuture<void>> &) { });
              })
        .unwrap();
}

} // namespace

QString HelperImage::reference()
{
    return QStringLiteral(STASIS_HELPER_IMAGE_TAG);
}

QString HelperImage::layerDigest()
{
    return QStringLiteral(STASIS_HELPER_IMAGE_LAYER);
}

QByteArray HelperImage::archive()
{
    QFile file(QStringLiteral(":/stasis/helper-image.tar"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString HelperImage::toolArchitecture()
{
    return QStringLiteral(STASIS_STAGE_ARCHITECTURE);
}

QFuture<EngineResult<void>> HelperImage::ensure(EngineClient *client)
{
    return client->inspectImage(reference())
        .then(client,
              [client](const EngineResult<ImageDetails> &image) -> QFuture<EngineResult<void>> {
                  if (image || image.error().kind != EngineError::Kind::NotFound) {
                      return QtFuture::makeReadyValueFuture(verified(image));
                  }
                  qCInfo(lcHelpers) << "loading the helper image" << reference();
                  return client->loadImage(archive())
                      .then(client,
                            [client](const EngineResult<void> &loaded) -> QFuture<EngineResult<void>> {
                                if (!loaded) {
                                    EngineError error = loaded.error();
                                    error.message = tr("loading Stasis's helper image into the engine failed: %1").arg(error.message);
                                    return QtFuture::makeReadyValueFuture(EngineResult<void>(std::unexpected(error)));
                                }
                                return client->inspectImage(reference())
                                    .then(client,
                                          [client](const EngineResult<ImageDetails> &loadedImage) -> QFuture<EngineResult<void>> {
                                              const EngineResult<void> verifiedImage = verified(loadedImage);
                                              if (!verifiedImage) {
                                                  return QtFuture::makeReadyValueFuture(verifiedImage);
                                              }
                                              return removeOtherBuilds(client).then(client, [] {
                                                  return EngineResult<void>();
                                              });
                                          })
                                    .unwrap();
                            })
                      .unwrap();
              })
        .unwrap();
}

} // namespace Stasis
