// SPDX-License-Identifier: GPL-2.0-or-later
#include "imagecapture.h"

#include "engineclient.h"
#include "engineexchange.h"

#include <algorithm>

namespace Stasis
{

namespace
{
/// A tar ends with two zero blocks.
constexpr qsizetype endBlocksSize = 1024;
constexpr qint64 tarBlockSize = 512;
} // namespace

ImageCapture::ImageCapture(EngineClient *client, const QString &imageId, const QString &imageName, const QString &folder, BackgroundWork *work, QObject *parent)
    : SpooledCapture(tr("the image %1").arg(imageName), QString(ArchiveManifest::imageTarName), folder, work, parent)
    , m_client(client)
    , m_imageId(imageId)
{
}

ImageCapture::~ImageCapture()
{
    abort();
}

void ImageCapture::read()
{
    m_download = m_client->saveImage(m_imageId, this);
    connect(m_download, &EngineExchange::readyRead, this, &ImageCapture::pump);
    connect(m_download, &EngineExchange::finished, this, [this] {
        if (m_download->error()) {
            const EngineError error = *m_download->error();
            return fail(tr("The engine did not give out %1: %2").arg(what(), error.toString()), error);
        }
        m_downloaded = true;
        pump();
    });
}

void ImageCapture::resumeReading()
{
    m_paused = false;
    pump();
}

void ImageCapture::pump()
{
    while (!isDone() && !m_paused && m_download && m_download->bytesAvailable() > 0) {
        const QByteArray bytes = m_download->read(m_download->bytesAvailable());
        m_tail.append(bytes.right(endBlocksSize));
        m_tail = m_tail.right(endBlocksSize);
        m_paused = spool(bytes);
    }
    if (!isDone() && !m_paused && m_downloaded) {
        downloaded();
    }
}

void ImageCapture::downloaded()
{
    m_downloaded = false;
    m_download->deleteLater();
    if (!endsLikeATar()) {
        return fail(tr("The engine's copy of %1 broke off: it failed while writing it. Export again, or export without the image.").arg(what()));
    }
    closeSpool();
}

bool ImageCapture::endsLikeATar() const
{
    return bytesWritten() % tarBlockSize == 0 && m_tail.size() == endBlocksSize && std::all_of(m_tail.cbegin(), m_tail.cend(), [](char byte) {
               return byte == 0;
           });
}

void ImageCapture::stopReading()
{
    if (m_download) {
        m_download->abort();
        m_download->deleteLater();
    }
}

} // namespace Stasis
