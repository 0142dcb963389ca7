// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archiveformat.h"
#include "archivemanifest.h"
#include "job.h"

#include <QPointer>

class QNetworkReply;

namespace Stasis
{

class EngineClient;
class ValidatedImageDevice;

/// Loads the image an archive ArchiveValidator accepted carries
/// (ArchiveManifest::carriesImage()) into the engine, unless the engine has
/// that image already: `image.tar` re-read and checked as it streams
/// (ValidatedImageDevice) into `POST /images/load`, then looked up by its
/// id. The tar names no image, so nothing on the engine is renamed; the
/// image then gets the name the container knew it by when that name is
/// free on the engine. Progress in bytes sent. Killable.
class LoadImageJob final : public Job
{
    Q_OBJECT

public:
    LoadImageJob(EngineClient *client, const QString &archive, ArchiveFormat format, const ArchiveManifest &manifest, QObject *parent = nullptr);
    ~LoadImageJob() override;

    /// After success: the image was not on the engine before, so undoing
    /// the import removes it again (`sha256:…`); empty when it was there.
    const QString &loadedImage() const
    {
        return m_loadedImage;
    }

protected:
    void run() override;
    bool doKill() override;

private:
    void load();
    void loaded();
    void verify();
    /// Gives the loaded image the manifest's name when nothing has it.
    void name();
    /// Aborts the upload without its finished().
    void stopUpload();

    EngineClient *m_client;
    QString m_archive;
    ArchiveFormat m_format;
    ArchiveManifest m_manifest;
    QPointer<ValidatedImageDevice> m_body;
    QPointer<QNetworkReply> m_upload;
    QString m_loadedImage;
};

} // namespace Stasis
