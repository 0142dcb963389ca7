// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivelimits.h"
#include "imagesource.h"
#include "imagetarcheck.h"

#include <QCoreApplication>
#include <QPointer>

#include <optional>

namespace Stasis
{

class EngineClient;
class EngineExchange;

/// An image of another engine, carried straight to the target: a first
/// pass reads the source's `GET /images/{id}/get` through ImageTarCheck
/// and learns its size (the upload needs it up front); the body then
/// relays a second save, checked again as it goes (ImageRelayDevice).
/// Nothing of it is kept on this side.
class EngineImageSource final : public ImageSource
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::EngineImageSource)

public:
    /// @p engineName: the source engine as the user knows it, for messages.
    EngineImageSource(EngineClient *source, const QString &engineName, const QString &imageId, const QString &imageName);
    ~EngineImageSource() override;

    QString origin() const override;
    void prepare(QObject *parent, Ready ready) override;
    void cancel() override;

private:
    void read();
    void surveyed();
    void answer(const EngineResult<ProducedDevice *> &body);

    EngineClient *m_source;
    QString m_engineName;
    QString m_imageId;
    QString m_imageName;
    ArchiveLimits m_limits;
    QObject *m_parent = nullptr;
    Ready m_ready;
    std::optional<ImageTarCheck> m_check;
    QPointer<EngineExchange> m_survey;
    qint64 m_size = 0;
};

} // namespace Stasis
