// SPDX-License-Identifier: GPL-2.0-or-later
#include "enginelistmodel.h"

#include "containermonitor.h"
#include "engineclient.h"
#include "enginelist.h"
#include "enginesession.h"

#include "enginestatecolours.h"
#include <QFont>

namespace Stasis
{

EngineListModel::EngineListModel(EngineList *engines, QObject *parent)
    : QAbstractListModel(parent)
    , m_engines(engines)
{
    for (EngineSession *session : engines->sessions()) {
        append(session);
    }
    connect(engines, &EngineList::added, this, &EngineListModel::append);
    connect(engines, &EngineList::removing, this, &EngineListModel::remove);
}

int EngineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EngineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_rows.at(index.row()).session) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const EngineEndpoint &endpoint = row.session->client()->endpoint();
    switch (role) {
    case Qt::DisplayRole:
        return QString(endpoint.displayUrl() + QLatin1Char('\n') + row.stateText);
    case Qt::ToolTipRole:
        return tr("%1\n%2\nDrop a container here to move it to this engine.").arg(endpoint.displayUrl(), row.stateText);
    case Qt::DecorationRole:
        switch (row.state) {
        case State::Connecting:
            return EngineStateColours::waiting;
        case State::Connected:
            return row.session->capabilities().canCheckpoint() ? EngineStateColours::connected : EngineStateColours::waiting;
        case State::Failed:
            return EngineStateColours::failed;
        }
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(endpoint.displayUrl() == m_shown);
        return font;
    }
    case SessionRole:
        return QVariant::fromValue(row.session.data());
    case StateRole:
        return QVariant::fromValue(row.state);
    default:
        return {};
    }
}

int EngineListModel::rowOf(const EngineSession *session) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).session == session) {
            return i;
        }
    }
    return -1;
}

void EngineListModel::setShown(const QString &displayUrl)
{
    m_shown = displayUrl;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::FontRole});
    }
}

void EngineListModel::append(EngineSession *session)
{
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(Row{session, State::Connecting, tr("connecting…")});
    endInsertRows();
    connect(session, &EngineSession::ready, this, [this, session] {
        setConnected(session);
    });
    connect(session, &EngineSession::failed, this, [this, session](const EngineError &error) {
        setState(session, State::Failed, tr("not connected: %1").arg(error.toString()));
    });
    connect(session->monitor(), &ContainerMonitor::stateChanged, this, [this, session](EventStream::State state) {
        if (state == EventStream::State::Reconnecting) {
            setState(session, State::Connecting, tr("reconnecting…"));
        } else if (state == EventStream::State::Connected) {
            setConnected(session);
        }
    });
}

void EngineListModel::remove(EngineSession *session)
{
    const int row = rowOf(session);
    if (row < 0) {
        return;
    }
    session->disconnect(this);
    session->monitor()->disconnect(this);
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void EngineListModel::setConnected(EngineSession *session)
{
    const EngineCapabilities &capabilities = session->capabilities();
    const QString checkpoints = capabilities.canCheckpoint() ? tr("can checkpoint") : tr("cannot checkpoint");
    setState(session, State::Connected, tr("Docker %1 · %2 · %3").arg(capabilities.version.version, checkpoints, session->client()->endpoint().protection()));
}

void EngineListModel::setState(EngineSession *session, State state, const QString &text)
{
    const int row = rowOf(session);
    if (row < 0) {
        return;
    }
    m_rows[row].state = state;
    m_rows[row].stateText = text;
    Q_EMIT dataChanged(index(row), index(row));
}

} // namespace Stasis
