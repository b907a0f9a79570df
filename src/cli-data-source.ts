import { DataSource } from 'typeorm';
import { configFromProcess } from './config/config';
import { dataSourceOptions } from './database/data-source-options';
import { ENTITIES } from './entities';

/** For the TypeORM CLI (`npm run migration:*`); the same configuration and entities as the app. */
export const dataSource = dataSourceOptions(configFromProcess().database, ENTITIES).then((options) => new DataSource(options));
