#include "common/WorkerThread.h"

#include <QThread>

namespace capataz {

WorkerThread::WorkerThread(QString name)
    : m_name(std::move(name))
{}

WorkerThread::~WorkerThread()
{
    stop();
}

QObject* WorkerThread::context()
{
    if (!m_thread) {
        m_thread = new QThread;
        m_thread->setObjectName(m_name);
        m_context = new QObject;
        m_context->moveToThread(m_thread);
        m_thread->start();
    }
    return m_context;
}

void WorkerThread::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_context; // its thread has ended: nothing runs on it any more
    delete m_thread;
    m_context = nullptr;
    m_thread = nullptr;
}

} // namespace capataz
