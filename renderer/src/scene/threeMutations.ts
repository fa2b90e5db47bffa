// Small setters for three.js objects owned by React hooks. The React Compiler's lint forbids
// mutating a hook's value inside the component; R3F's model is exactly that (three objects are
// mutable and updated outside React's render), so the mutation lives in these plain functions.
import type { BufferAttribute, DataTexture, Object3D, ShaderMaterial } from 'three';

export function setUniform(material: ShaderMaterial, name: string, value: unknown): void {
  const uniform = material.uniforms[name];
  if (uniform) uniform.value = value;
}

export function markAttributeChanged(attribute: BufferAttribute): void {
  attribute.needsUpdate = true;
}

export function markTextureChanged(texture: DataTexture): void {
  texture.needsUpdate = true;
}

export function setVisible(object: Object3D, visible: boolean): void {
  object.visible = visible;
}

export function setStyle(
  element: HTMLElement | null,
  property: 'transform' | 'display',
  value: string,
): void {
  if (element) element.style[property] = value;
}
