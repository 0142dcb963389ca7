// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "imagesource.h"
#include "job.h"

#include <QPointer>

#include <memory>

namespace Stasis
{

class EngineExchange;
class EngineClient;
class ProducedDevice;

/// Loads a container's image into the engine, unless the engine has that
/// image already: the tar an ImageSource makes — an archive's checked
/// `image.tar`, or another engine's save of it — checked as it streams into
/// `POST /images/load`, then looked up by its id. The tar names no image,
/// so nothing on the engine is renamed; the image then gets the name the
/// container knew it by when that name is free on the engine. Progress in
/// bytes sent. Killable.
class LoadImageJob final : public Job
{
    Q_OBJECT

public:
    /// Loads @p imageId (`sha256:…`), which the container knew as @p imageName, from @p source.
    LoadImageJob(EngineClient *client, const QString &imageId, const QString &imageName, std::unique_ptr<ImageSource> source, QObject *parent = nullptr);
    ~LoadImageJob() override;

    /// After success: the image was not on the engine before, so undoing
    /// the import or move removes it again (`sha256:…`); empty when it was there.
    const QString &loadedImage() const
    {
        return m_loadedImage;
    }

protected:
    void run() override;
    bool doKill() override;

private:
    void load();
    void send(ProducedDevice *body);
    void loaded();
    void verify();
    /// Gives the loaded image the manifest's name when nothing has it.
    void name();
    /// Aborts the upload without its finished().
    void stopUpload();

    EngineClient *m_client;
    QString m_imageId;
    QString m_imageName;
    std::unique_ptr<ImageSource> m_source;
    QPointer<ProducedDevice> m_body;
    QPointer<EngineExchange> m_upload;
    QString m_loadedImage;
};

} // namespace Stasis
