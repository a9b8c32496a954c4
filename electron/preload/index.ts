import { contextBridge, ipcRenderer } from 'electron';
import { createChannelFilter } from './channel-filter';

const isContractChannel = createChannelFilter(__DABIAO_CHANNELS__);

contextBridge.exposeInMainWorld('dabiao', {
  invoke(channel: unknown, input: unknown): Promise<unknown> {
    if (!isContractChannel(channel)) return Promise.reject(new Error(`Unknown channel: ${String(channel)}`));
    return ipcRenderer.invoke(channel, input);
  },
});
