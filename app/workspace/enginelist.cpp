// SPDX-License-Identifier: GPL-2.0-or-later
#include "enginelist.h"

#include "containermonitor.h"
#include "dockercontextstore.h"
#include "engineclient.h"
#include "enginesession.h"
#include "helperregistry.h"
#include "workspacelogging.h"

#include <QSettings>

namespace Stasis
{

namespace
{
const QString group = QStringLiteral("Engines");
const QString addressKey = QStringLiteral("address");
const QString tlsKey = QStringLiteral("tlsDirectory");
} // namespace

EngineList::EngineList(QObject *parent)
    : QObject(parent)
{
}

void EngineList::restore()
{
    QSettings settings;
    const int count = settings.beginReadArray(group);
    QList<EngineEndpoint> endpoints;
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        auto endpoint = EngineEndpoint::parse(settings.value(addressKey).toString());
        if (endpoint && !settings.value(tlsKey).toString().isEmpty()) {
            endpoint = endpoint->withTls(settings.value(tlsKey).toString(), true);
        }
        if (!endpoint) {
            qCWarning(lcWorkspace) << "a kept engine is unusable:" << endpoint.error();
            continue;
        }
        endpoints.append(*endpoint);
    }
    settings.endArray();
    for (const EngineEndpoint &endpoint : std::as_const(endpoints)) {
        add(endpoint);
    }
}

EngineSession *EngineList::add(const EngineEndpoint &endpoint)
{
    if (EngineSession *kept = find(endpoint.displayUrl())) {
        return kept;
    }
    auto *session = new EngineSession(endpoint, this);
    m_sessions.append(session);
    save();
    Q_EMIT added(session);
    session->start();
    return session;
}

QStringList EngineList::addDockerContexts(const DockerContextStore &store)
{
    const QStringList names = store.contextNames();
    if (names.isEmpty()) {
        return {tr("There are no Docker contexts in %1: `docker context create` makes one.").arg(store.configDirectory())};
    }
    QStringList problems;
    for (const QString &name : names) {
        const auto endpoint = EngineEndpoint::fromContext(name, store);
        if (!endpoint) {
            problems.append(endpoint.error());
            continue;
        }
        add(*endpoint);
    }
    return problems;
}

void EngineList::remove(EngineSession *session)
{
    if (!m_sessions.removeOne(session)) {
        return;
    }
    save();
    Q_EMIT removing(session);
    session->monitor()->stop();
    session->helpers()->whenNoneLive().then(session, [session] {
        session->deleteLater();
    });
}

EngineSession *EngineList::find(const QString &displayUrl) const
{
    for (EngineSession *session : m_sessions) {
        if (session->client()->endpoint().displayUrl() == displayUrl) {
            return session;
        }
    }
    return nullptr;
}

void EngineList::save() const
{
    QSettings settings;
    settings.beginWriteArray(group, int(m_sessions.size()));
    for (int i = 0; i < m_sessions.size(); ++i) {
        settings.setArrayIndex(i);
        const EngineEndpoint &endpoint = m_sessions.at(i)->client()->endpoint();
        settings.setValue(addressKey, endpoint.displayUrl());
        settings.setValue(tlsKey, endpoint.usesTls() ? endpoint.tlsDirectory() : QString());
    }
    settings.endArray();
}

} // namespace Stasis
