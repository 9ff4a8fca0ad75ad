/** Taking jobs off the queue and carrying each through its stages to a result. */
package io.tailor.worker.consuming;
