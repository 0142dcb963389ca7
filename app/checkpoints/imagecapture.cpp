// SPDX-License-Identifier: GPL-2.0-or-later
#include "imagecapture.h"

#include "engineclient.h"
#include "enginedownload.h"

#include <algorithm>

namespace Stasis
{

namespace
{
/// A tar ends with two zero blocks.
constexpr qsizetype endBlocksSize = 1024;
constexpr qint64 tarBlockSize = 512;
} // namespace

ImageCapture::ImageCapture(EngineClient *client, const QString &imageId, const QString &folder, BackgroundWork *work, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_imageId(imageId)
    , m_spool(new SpoolFile(tr("the image %1").arg(imageId), folder, work, this))
{
    connect(m_spool, &SpoolFile::resume, this, [this] {
        m_paused = false;
        pump();
    });
    connect(m_spool, &SpoolFile::closed, this, [this](bool ok) {
        if (m_done) {
            return;
        }
        if (!ok) {
            return fail(m_spool->errorString());
        }
        m_done = true;
        Q_EMIT finished(true);
    });
}

ImageCapture::~ImageCapture()
{
    abort();
}

qint64 ImageCapture::bytesWritten() const
{
    return m_spool->bytesWritten();
}

SpoolFile::Result ImageCapture::takeResult()
{
    return m_spool->takeResult();
}

void ImageCapture::start()
{
    m_spool->open();
    m_download = m_client->saveImage(m_imageId, this);
    connect(m_download, &EngineDownload::readyRead, this, &ImageCapture::pump);
    connect(m_download, &EngineDownload::finished, this, [this] {
        if (m_download->error()) {
            const EngineError error = *m_download->error();
            return fail(tr("The engine did not give out the image %1: %2").arg(m_imageId, error.toString()), error);
        }
        m_downloaded = true;
        pump();
    });
}

void ImageCapture::pump()
{
    while (!m_done && !m_paused && m_download && m_download->bytesAvailable() > 0) {
        const QByteArray bytes = m_download->read(m_download->bytesAvailable());
        m_tail.append(bytes.right(endBlocksSize));
        m_tail = m_tail.right(endBlocksSize);
        m_paused = m_spool->write(bytes);
        Q_EMIT progress();
    }
    if (!m_done && !m_paused && m_downloaded) {
        downloaded();
    }
}

void ImageCapture::downloaded()
{
    m_downloaded = false;
    m_download->deleteLater();
    if (!endsLikeATar()) {
        return fail(tr("The engine's copy of the image %1 broke off: it failed while writing it. Export again, or export without the image.").arg(m_imageId));
    }
    m_spool->close();
}

bool ImageCapture::endsLikeATar() const
{
    return bytesWritten() % tarBlockSize == 0 && m_tail.size() == endBlocksSize && std::all_of(m_tail.cbegin(), m_tail.cend(), [](char byte) {
               return byte == 0;
           });
}

void ImageCapture::fail(const QString &message, const std::optional<EngineError> &engineError)
{
    abort();
    m_errorString = message;
    m_engineError = engineError;
    Q_EMIT finished(false);
}

void ImageCapture::abort()
{
    if (std::exchange(m_done, true)) {
        return;
    }
    if (m_download) {
        m_download->abort();
        m_download->deleteLater();
    }
    m_spool->abort();
}

} // namespace Stasis
