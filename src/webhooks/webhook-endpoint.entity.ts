import { Column, Entity } from 'typeorm';
import { RegistryEntity } from '../registry/shared/registry.entity';

/**
 * A receiver of policy events. The signing secret is stored as given out (it must sign, so it
 * cannot be hashed) and never returned after creation or rotation.
 */
@Entity('webhook_endpoint')
export class WebhookEndpointEntity extends RegistryEntity {
  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', array: true })
  events!: string[];

  /** Only events of these policies; empty: every policy */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  policyIds!: string[];

  /** Only events of policies for these services; empty: every policy */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  serviceIds!: string[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'text' })
  secret!: string;

  /** The secret before the last rotation, still signing until previousSecretExpiresAt */
  @Column({ type: 'text', nullable: true })
  previousSecret!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt!: Date | null;
}
