// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivelimits.h"
#include "imagetarcheck.h"
#include "produceddevice.h"

#include <QPointer>

namespace Stasis
{

class EngineClient;
class EngineExchange;

/// An image saved by another engine (`GET /images/{id}/get`) as the body of
/// `POST /images/load`: relayed as it arrives, at the upload's pace (the
/// download pauses while the device is full), and checked on the way
/// (ImageTarCheck) — its last block held back until the whole tar passed
/// and had the size announced. The engine saves an image with fresh times
/// but the same layout and sizes each time, so a first pass learns the
/// size (EngineImageSource) and the tar is never kept on this side.
class ImageRelayDevice final : public ProducedDevice
{
    Q_OBJECT

public:
    /// @p size: the tar's size, learnt by a first pass.
    ImageRelayDevice(EngineClient *source, const QString &imageId, const QString &imageName, qint64 size, const ArchiveLimits &limits, QObject *parent);
    ~ImageRelayDevice() override;

private:
    void startProducing() override;
    void resumeProducing() override;
    void stopProducing() override;
    QString name() const override;

    void pump();
    void downloaded();

    EngineClient *m_source;
    QString m_imageId;
    QString m_imageName;
    ImageTarCheck m_check;
    QPointer<EngineExchange> m_download;
    QByteArray m_held;
    qint64 m_received = 0;
    bool m_downloaded = false;
};

} // namespace Stasis
