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
                                return client->inspectImage(reference()).then(client, verified);
                            })
                      .unwrap();
              })
        .unwrap();
}

} // namespace Stasis
