// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"

#include <QCoreApplication>
#include <QFuture>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>

class QObject;

namespace Stasis
{

class EngineClient;

/// What a job created on an engine — a container, volumes, an image it
/// loaded — so that a failed or cancelled import or move removes it again,
/// the container first (it uses the volumes and the image), each once. An
/// engine that cannot be reached is asked again for about a minute: one
/// that restarts mid-move is cleaned up when it is back.
class EngineLeftovers final
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::EngineLeftovers)

public:
    /// One thing removed again, or not.
    struct Removal {
        enum What { Container, Volume, Image } what;
        QString name;
        EngineResult<void> removed;

        /// What a failure's message adds: removed, or to remove by hand.
        QString failureReport() const;
        /// The same after a cancel.
        QString cancelReport() const;
    };

    explicit EngineLeftovers(EngineClient *client);

    /// The container created, by id; @p name for messages.
    void addContainer(const QString &id, const QString &name);
    void addVolume(const QString &name);
    /// The image loaded, by id (never forced when removed).
    void addImage(const QString &id);

    /// Removes all, adding each removal's failureReport() to @p text; @p done
    /// gets the text. The answers come in @p context.
    void removeAll(QObject *context, const QString &text, const std::function<void(const QString &text)> &done);
    /// Removes all after a cancel: @p report gets each removal's
    /// cancelReport() as it comes, then @p done runs.
    void removeAfterCancel(QObject *context, const std::function<void(const QString &report)> &report, const std::function<void()> &done);

private:
    /// Removes the next thing left; @p done gets it, or nothing when nothing is left.
    void removeNext(QObject *context, const std::function<void(const std::optional<Removal> &removal)> &done);
    /// Sends @p request, again while the engine is unreachable, up to unreachableAttempts times.
    void remove(QObject *context,
                Removal::What what,
                const QString &name,
                const std::function<QFuture<EngineResult<void>>()> &request,
                const std::function<void(const std::optional<Removal> &removal)> &done,
                int attempt = 1);

    /// An unreachable engine is asked again every unreachableRetry for about a minute.
    static constexpr std::chrono::milliseconds unreachableRetry = std::chrono::seconds(2);
    static constexpr int unreachableAttempts = 30;

    EngineClient *m_client;
    QString m_container;
    QString m_containerName;
    QStringList m_volumes;
    QString m_image;
};

} // namespace Stasis
