// SPDX-License-Identifier: GPL-2.0-or-later
#include "engineimagesource.h"

#include "engineclient.h"
#include "engineexchange.h"
#include "imagerelaydevice.h"

namespace Stasis
{

EngineImageSource::EngineImageSource(EngineClient *source, const QString &engineName, const QString &imageId, const QString &imageName)
    : m_source(source)
    , m_engineName(engineName)
    , m_imageId(imageId)
    , m_imageName(imageName)
    , m_limits(ArchiveLimits::fromSettings())
{
}

EngineImageSource::~EngineImageSource()
{
    cancel();
}

QString EngineImageSource::origin() const
{
    return tr("from %1").arg(m_engineName);
}

void EngineImageSource::prepare(QObject *parent, Ready ready)
{
    m_parent = parent;
    m_ready = std::move(ready);
    m_check.emplace(m_imageId, m_limits);
    m_size = 0;
    m_survey = m_source->saveImage(m_imageId, parent);
    QObject::connect(m_survey, &EngineExchange::readyRead, parent, [this] {
        read();
    });
    QObject::connect(m_survey, &EngineExchange::finished, parent, [this] {
        read();
        surveyed();
    });
}

void EngineImageSource::cancel()
{
    m_ready = nullptr;
    if (m_survey) {
        m_survey->abort();
        m_survey->deleteLater();
    }
}

void EngineImageSource::read()
{
    while (m_ready && m_survey && m_survey->bytesAvailable() > 0) {
        const QByteArray bytes = m_survey->read(m_survey->bytesAvailable());
        m_size += bytes.size();
        if (!m_check->feed(bytes)) {
            return answer(
                std::unexpected(EngineError{EngineError::Kind::BadRequest,
                                            0,
                                            tr("The image %1 on %2 is refused: %3").arg(m_imageName, m_engineName, m_check->reader().errorString())}));
        }
    }
}

void EngineImageSource::surveyed()
{
    if (!m_ready || !m_survey) {
        return;
    }
    if (const std::optional<EngineError> error = m_survey->error()) {
        EngineError failure = *error;
        failure.message = tr("%1 did not give out the image %2: %3").arg(m_engineName, m_imageName, error->toString());
        return answer(std::unexpected(failure));
    }
    if (!m_check->finish()) {
        return answer(std::unexpected(EngineError{EngineError::Kind::BadRequest,
                                                  0,
                                                  tr("The image %1 on %2 is refused: %3").arg(m_imageName, m_engineName, m_check->reader().errorString())}));
    }
    auto *body = new ImageRelayDevice(m_source, m_imageId, m_imageName, m_size, m_limits, m_parent);
    if (!body->open(QIODevice::ReadOnly)) {
        const QString problem = body->errorString();
        delete body;
        return answer(std::unexpected(EngineError{EngineError::Kind::BadRequest, 0, problem}));
    }
    answer(body);
}

void EngineImageSource::answer(const EngineResult<ProducedDevice *> &body)
{
    if (m_survey) {
        m_survey->abort();
        m_survey->deleteLater();
    }
    if (const Ready ready = std::exchange(m_ready, nullptr)) {
        ready(body);
    }
}

} // namespace Stasis
