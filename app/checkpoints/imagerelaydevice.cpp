// SPDX-License-Identifier: GPL-2.0-or-later
#include "imagerelaydevice.h"

#include "engineclient.h"
#include "engineexchange.h"

namespace Stasis
{

namespace
{
/// The tar's two closing blocks: without them the engine loads nothing.
constexpr qsizetype heldBack = 1024;
constexpr qint64 chunkSize = 256 * 1024;
} // namespace

ImageRelayDevice::ImageRelayDevice(EngineClient *source,
                                   const QString &imageId,
                                   const QString &imageName,
                                   qint64 size,
                                   const ArchiveLimits &limits,
                                   QObject *parent)
    : ProducedDevice(size, parent)
    , m_source(source)
    , m_imageId(imageId)
    , m_imageName(imageName)
    , m_check(imageId, limits)
{
}

ImageRelayDevice::~ImageRelayDevice()
{
    stopWaiting();
    stopProducing();
}

QString ImageRelayDevice::name() const
{
    return tr("The image %1 from the source engine").arg(m_imageName);
}

void ImageRelayDevice::startProducing()
{
    m_download = m_source->saveImage(m_imageId, this);
    connect(m_download, &EngineExchange::readyRead, this, &ImageRelayDevice::pump);
    connect(m_download, &EngineExchange::finished, this, [this] {
        m_downloaded = true;
        pump();
    });
}

void ImageRelayDevice::resumeProducing()
{
    pump();
}

void ImageRelayDevice::stopProducing()
{
    if (m_download) {
        m_download->abort();
        m_download->deleteLater();
    }
}

void ImageRelayDevice::pump()
{
    while (m_download && !hasFailed() && !isFull() && m_download->bytesAvailable() > 0) {
        const QByteArray bytes = m_download->read(chunkSize);
        m_received += bytes.size();
        if (m_received > size()) {
            return fail(tr("%1 grew since it was checked (more than %2 bytes): move again.").arg(name()).arg(size()));
        }
        if (!m_check.feed(bytes)) {
            return fail(tr("%1 is refused: %2").arg(name(), m_check.reader().errorString()));
        }
        m_held.append(bytes);
        if (m_held.size() > heldBack) {
            append(QByteArrayView(m_held).first(m_held.size() - heldBack));
            m_held = m_held.right(heldBack);
        }
    }
    if (m_download && !hasFailed() && m_downloaded && m_download->bytesAvailable() == 0) {
        downloaded();
    }
}

void ImageRelayDevice::downloaded()
{
    const std::optional<EngineError> error = m_download->error();
    stopProducing();
    // Once: a reader making room later finds nothing more to do.
    m_download.clear();
    if (error) {
        return fail(tr("The source engine did not give out the image %1: %2").arg(m_imageName, error->toString()));
    }
    if (!m_check.finish()) {
        return fail(tr("%1 is refused: %2").arg(name(), m_check.reader().errorString()));
    }
    if (m_received != size()) {
        return fail(tr("%1 changed since it was checked (%2 bytes instead of %3): move again.").arg(name()).arg(m_received).arg(size()));
    }
    append(std::exchange(m_held, {}));
    finish();
}

} // namespace Stasis
