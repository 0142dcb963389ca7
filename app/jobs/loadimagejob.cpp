// SPDX-License-Identifier: GPL-2.0-or-later
#include "loadimagejob.h"

#include "engineclient.h"
#include "produceddevice.h"

#include "engineexchange.h"
#include <QLocale>

#include <optional>
#include <utility>

namespace Stasis
{

namespace
{

/// "registry:5000/app:1.2" as its repository and tag ("latest" when none);
/// none for a reference by digest, which cannot be a tag.
std::optional<std::pair<QString, QString>> repositoryAndTag(const QString &reference)
{
    if (reference.isEmpty() || reference.contains(QLatin1Char('@')) || reference.startsWith(QLatin1String("sha256:"))) {
        return std::nullopt;
    }
    const qsizetype colon = reference.lastIndexOf(QLatin1Char(':'));
    if (colon > reference.lastIndexOf(QLatin1Char('/'))) {
        return std::pair{reference.left(colon), reference.mid(colon + 1)};
    }
    return std::pair{reference, QStringLiteral("latest")};
}

} // namespace

LoadImageJob::LoadImageJob(EngineClient *client, const QString &imageId, const QString &imageName, std::unique_ptr<ImageSource> source, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_imageId(imageId)
    , m_imageName(imageName)
    , m_source(std::move(source))
{
    setCapabilities(Killable);
}

LoadImageJob::~LoadImageJob()
{
    // Before the body it reads goes.
    stopUpload();
}

void LoadImageJob::run()
{
    m_client->inspectImage(m_imageId).then(this, [this](const EngineResult<ImageDetails> &image) {
        if (isFinished()) {
            return;
        }
        if (image) {
            Q_EMIT infoMessage(this, tr("The engine has the image %1 (%2) already: it is not loaded again.").arg(m_imageName, m_imageId));
            return emitResult();
        }
        if (image.error().kind != EngineError::Kind::NotFound) {
            return emitFailure(EngineRefused, tr("Cannot look up the image %1 on the engine: %2").arg(m_imageName, image.error().toString()), image.error());
        }
        load();
    });
}

void LoadImageJob::load()
{
    Q_EMIT infoMessage(this, tr("Checking the image %1 %2…").arg(m_imageName, m_source->origin()));
    m_source->prepare(this, [this](const EngineResult<ProducedDevice *> &body) {
        if (!body) {
            return emitFailure(CopyFailed, body.error().message, body.error());
        }
        send(*body);
    });
}

void LoadImageJob::send(ProducedDevice *body)
{
    m_body = body;
    setTotalAmount(Bytes, quint64(m_body->size()));
    Q_EMIT infoMessage(this, tr("Loading the image %1 (%2) %3…").arg(m_imageName, QLocale().formattedDataSize(m_body->size()), m_source->origin()));
    m_upload = m_client->loadImage(m_body, m_body->size(), this);
    connect(m_upload, &EngineExchange::bodyProgress, this, [this](qint64 sent) {
        setProcessedAmount(Bytes, quint64(sent));
    });
    connect(m_upload, &EngineExchange::finished, this, &LoadImageJob::loaded);
}

void LoadImageJob::loaded()
{
    m_upload->deleteLater();
    if (m_body->hasFailed()) {
        // Says more than the engine's broken pipe: the tar changed since it was checked.
        return emitFailure(CopyFailed, tr("Cannot load the image %1: %2").arg(m_imageName, m_body->errorString()));
    }
    if (const std::optional<EngineError> error = EngineClient::loadError(*m_upload)) {
        return emitFailure(EngineRefused, tr("The engine did not load the image %1: %2").arg(m_imageName, error->toString()), *error);
    }
    verify();
}

void LoadImageJob::verify()
{
    m_client->inspectImage(m_imageId).then(this, [this](const EngineResult<ImageDetails> &image) {
        if (isFinished()) {
            return;
        }
        if (!image) {
            return emitFailure(EngineRefused,
                               tr("The engine loaded the image %1, but has no image %2 afterwards: %3").arg(m_imageName, m_imageId, image.error().toString()),
                               image.error());
        }
        m_loadedImage = m_imageId;
        setProcessedAmount(Bytes, totalAmount(Bytes));
        name();
    });
}

void LoadImageJob::name()
{
    const QString &reference = m_imageName;
    const std::optional<std::pair<QString, QString>> name = repositoryAndTag(reference);
    if (!name) {
        Q_EMIT infoMessage(this, tr("Loaded the image %1.").arg(m_loadedImage));
        return emitResult();
    }
    m_client->inspectImage(reference).then(this, [this, reference, name = *name](const EngineResult<ImageDetails> &other) {
        if (isFinished()) {
            return;
        }
        if (other || other.error().kind != EngineError::Kind::NotFound) {
            // Another image has that name here, or the engine cannot tell: the name stays where it is.
            Q_EMIT warning(this,
                           tr("Loaded the image %1, without its name %2: on this engine that name is another image, which keeps it. The "
                              "container uses the loaded image by its id.")
                               .arg(m_loadedImage, reference));
            return emitResult();
        }
        m_client->tagImage(m_loadedImage, name.first, name.second).then(this, [this, reference](const EngineResult<void> &tagged) {
            if (isFinished()) {
                return;
            }
            if (!tagged) {
                Q_EMIT warning(this, tr("Loaded the image %1, but could not name it %2: %3").arg(m_loadedImage, reference, tagged.error().toString()));
            } else {
                Q_EMIT infoMessage(this, tr("Loaded the image %1 as %2.").arg(m_loadedImage, reference));
            }
            emitResult();
        });
    });
}

void LoadImageJob::stopUpload()
{
    m_source->cancel();
    if (m_upload) {
        m_upload->abort();
    }
}

bool LoadImageJob::doKill()
{
    // Unless the whole checked tar was sent already, the engine loads nothing: the device holds its end back.
    stopUpload();
    return true;
}

} // namespace Stasis
